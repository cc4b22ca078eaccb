using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Soteliiderit.Academy.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class WebinarScheduling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CalendarSequence",
                table: "Webinars",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "CancelledAt",
                table: "Webinars",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Capacity",
                table: "Webinars",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "CourseId",
                table: "Webinars",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "OpenToAll",
                table: "Webinars",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "RecordingUrl",
                table: "Webinars",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<List<Guid>>(
                name: "Slides",
                table: "Webinars",
                type: "uuid[]",
                nullable: false);

            migrationBuilder.AddColumn<string>(
                name: "StreamUrl",
                table: "Webinars",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "WebinarAttendance",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WebinarId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    JoinedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SeenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LeftAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WebinarAttendance", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WebinarAttendance_Webinars_WebinarId",
                        column: x => x.WebinarId,
                        principalTable: "Webinars",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WebinarCredits",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    WebinarId = table.Column<Guid>(type: "uuid", nullable: false),
                    CourseId = table.Column<Guid>(type: "uuid", nullable: false),
                    AttendedPercent = table.Column<int>(type: "integer", nullable: false),
                    CreditedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WebinarCredits", x => new { x.UserId, x.WebinarId });
                    table.ForeignKey(
                        name: "FK_WebinarCredits_Webinars_WebinarId",
                        column: x => x.WebinarId,
                        principalTable: "Webinars",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WebinarHosts",
                columns: table => new
                {
                    WebinarId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WebinarHosts", x => new { x.WebinarId, x.UserId });
                    table.ForeignKey(
                        name: "FK_WebinarHosts_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_WebinarHosts_Webinars_WebinarId",
                        column: x => x.WebinarId,
                        principalTable: "Webinars",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WebinarRegistrations",
                columns: table => new
                {
                    WebinarId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    RegisteredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Notice = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WebinarRegistrations", x => new { x.WebinarId, x.UserId });
                    table.ForeignKey(
                        name: "FK_WebinarRegistrations_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_WebinarRegistrations_Webinars_WebinarId",
                        column: x => x.WebinarId,
                        principalTable: "Webinars",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WebinarAttendance_LeftAt",
                table: "WebinarAttendance",
                column: "LeftAt");

            migrationBuilder.CreateIndex(
                name: "IX_WebinarAttendance_WebinarId_UserId",
                table: "WebinarAttendance",
                columns: new[] { "WebinarId", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_WebinarCredits_UserId_CourseId",
                table: "WebinarCredits",
                columns: new[] { "UserId", "CourseId" });

            migrationBuilder.CreateIndex(
                name: "IX_WebinarCredits_WebinarId",
                table: "WebinarCredits",
                column: "WebinarId");

            migrationBuilder.CreateIndex(
                name: "IX_WebinarHosts_UserId",
                table: "WebinarHosts",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_WebinarRegistrations_UserId",
                table: "WebinarRegistrations",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "WebinarAttendance");

            migrationBuilder.DropTable(
                name: "WebinarCredits");

            migrationBuilder.DropTable(
                name: "WebinarHosts");

            migrationBuilder.DropTable(
                name: "WebinarRegistrations");

            migrationBuilder.DropColumn(
                name: "CalendarSequence",
                table: "Webinars");

            migrationBuilder.DropColumn(
                name: "CancelledAt",
                table: "Webinars");

            migrationBuilder.DropColumn(
                name: "Capacity",
                table: "Webinars");

            migrationBuilder.DropColumn(
                name: "CourseId",
                table: "Webinars");

            migrationBuilder.DropColumn(
                name: "OpenToAll",
                table: "Webinars");

            migrationBuilder.DropColumn(
                name: "RecordingUrl",
                table: "Webinars");

            migrationBuilder.DropColumn(
                name: "Slides",
                table: "Webinars");

            migrationBuilder.DropColumn(
                name: "StreamUrl",
                table: "Webinars");
        }
    }
}
