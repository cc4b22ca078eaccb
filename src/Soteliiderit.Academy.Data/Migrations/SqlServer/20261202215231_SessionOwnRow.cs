using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Soteliiderit.Academy.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SessionOwnRow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "WebinarSessions",
                columns: table => new
                {
                    WebinarId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LastSequence = table.Column<long>(type: "bigint", nullable: false),
                    CurrentSlide = table.Column<int>(type: "int", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ETag = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WebinarSessions", x => x.WebinarId);
                    table.ForeignKey(
                        name: "FK_WebinarSessions_Webinars_WebinarId",
                        column: x => x.WebinarId,
                        principalTable: "Webinars",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // The room's columns move to its own row; a webinar whose room never stored anything gets one at its first change.
            migrationBuilder.Sql(
                @"INSERT INTO [WebinarSessions] ([WebinarId], [LastSequence], [CurrentSlide], [EndedAt], [ETag]) SELECT [Id], [LastSequence], [CurrentSlide], [EndedAt], 1 FROM [Webinars] WHERE [LastSequence] > 0 OR [EndedAt] IS NOT NULL");

            migrationBuilder.DropColumn(
                name: "CurrentSlide",
                table: "Webinars");

            migrationBuilder.DropColumn(
                name: "LastSequence",
                table: "Webinars");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CurrentSlide",
                table: "Webinars",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "LastSequence",
                table: "Webinars",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.Sql(
                @"UPDATE [Webinars] SET [LastSequence] = COALESCE((SELECT s.[LastSequence] FROM [WebinarSessions] s WHERE s.[WebinarId] = [Webinars].[Id]), 0), [CurrentSlide] = COALESCE((SELECT s.[CurrentSlide] FROM [WebinarSessions] s WHERE s.[WebinarId] = [Webinars].[Id]), 0)");

            migrationBuilder.DropTable(
                name: "WebinarSessions");
        }
    }
}
