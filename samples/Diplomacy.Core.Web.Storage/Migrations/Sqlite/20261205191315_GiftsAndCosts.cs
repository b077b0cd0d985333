using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Diplomacy.Core.Web.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class GiftsAndCosts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "disposition_kind",
                table: "engagements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "disposition_note",
                table: "engagements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "gift_direction",
                table: "engagements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "value_amount",
                table: "engagements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "value_currency",
                table: "engagements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "actual_cost_amount",
                table: "delegations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "actual_cost_currency",
                table: "delegations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "budget_amount",
                table: "delegations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "budget_currency",
                table: "delegations",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "disposition_kind",
                table: "engagements");

            migrationBuilder.DropColumn(
                name: "disposition_note",
                table: "engagements");

            migrationBuilder.DropColumn(
                name: "gift_direction",
                table: "engagements");

            migrationBuilder.DropColumn(
                name: "value_amount",
                table: "engagements");

            migrationBuilder.DropColumn(
                name: "value_currency",
                table: "engagements");

            migrationBuilder.DropColumn(
                name: "actual_cost_amount",
                table: "delegations");

            migrationBuilder.DropColumn(
                name: "actual_cost_currency",
                table: "delegations");

            migrationBuilder.DropColumn(
                name: "budget_amount",
                table: "delegations");

            migrationBuilder.DropColumn(
                name: "budget_currency",
                table: "delegations");
        }
    }
}
