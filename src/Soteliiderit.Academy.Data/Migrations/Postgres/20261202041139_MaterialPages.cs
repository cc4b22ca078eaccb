using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Soteliiderit.Academy.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MaterialPages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Pages",
                table: "MaterialVersions",
                type: "integer",
                nullable: false,
                defaultValue: 1);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Pages",
                table: "MaterialVersions");
        }
    }
}
