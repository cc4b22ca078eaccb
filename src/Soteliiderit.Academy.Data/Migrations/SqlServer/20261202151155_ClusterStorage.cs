using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Soteliiderit.Academy.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ClusterStorage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FriendlyName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Xml = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "GrainReminders",
                columns: table => new
                {
                    GrainId = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    GrainHash = table.Column<long>(type: "bigint", nullable: false),
                    StartAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Period = table.Column<long>(type: "bigint", nullable: false),
                    ETag = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GrainReminders", x => new { x.GrainId, x.Name });
                });

            migrationBuilder.CreateIndex(
                name: "IX_GrainReminders_GrainHash",
                table: "GrainReminders",
                column: "GrainHash");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "GrainReminders");
        }
    }
}
