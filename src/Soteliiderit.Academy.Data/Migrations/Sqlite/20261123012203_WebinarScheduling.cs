using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Soteliiderit.Academy.Data.Migrations.Sqlite
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
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "CancelledAt",
                table: "Webinars",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Capacity",
                table: "Webinars",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "CourseId",
                table: "Webinars",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "OpenToAll",
                table: "Webinars",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "RecordingUrl",
                table: "Webinars",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Slides",
                table: "Webinars",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "StreamUrl",
                table: "Webinars",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "WebinarAttendance",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WebinarId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    JoinedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SeenAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LeftAt = table.Column<DateTime>(type: "TEXT", nullable: true)
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
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WebinarId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AttendedPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    CreditedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    WebinarId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false)
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
                    WebinarId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    RegisteredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Notice = table.Column<int>(type: "INTEGER", nullable: true)
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
