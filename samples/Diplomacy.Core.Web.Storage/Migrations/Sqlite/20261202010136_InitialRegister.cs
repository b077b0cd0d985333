using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Diplomacy.Core.Web.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialRegister : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "agreements",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    title = table.Column<string>(type: "TEXT", nullable: true),
                    kind_at_signing = table.Column<string>(type: "TEXT", nullable: true),
                    signed_on = table.Column<string>(type: "TEXT", nullable: true),
                    signed_earliest = table.Column<string>(type: "TEXT", nullable: true),
                    signed_latest = table.Column<string>(type: "TEXT", nullable: true),
                    is_distinct = table.Column<bool>(type: "INTEGER", nullable: false),
                    ceremony_local = table.Column<string>(type: "TEXT", nullable: true),
                    ceremony_zone = table.Column<string>(type: "TEXT", nullable: true),
                    ceremony_offset_seconds = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agreements", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "regions",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", nullable: false),
                    parent_id = table.Column<string>(type: "TEXT", nullable: true),
                    time_zone = table.Column<string>(type: "TEXT", nullable: false),
                    country_code = table.Column<string>(type: "TEXT", nullable: true),
                    subdivision_code = table.Column<string>(type: "TEXT", nullable: true),
                    wikidata_id = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_regions", x => x.id);
                    table.ForeignKey(
                        name: "FK_regions_regions_parent_id",
                        column: x => x.parent_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "agreement_fields",
                columns: table => new
                {
                    agreement_id = table.Column<string>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    field = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agreement_fields", x => new { x.agreement_id, x.position });
                    table.ForeignKey(
                        name: "FK_agreement_fields_agreements_agreement_id",
                        column: x => x.agreement_id,
                        principalTable: "agreements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "agreement_notes",
                columns: table => new
                {
                    agreement_id = table.Column<string>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    text = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agreement_notes", x => new { x.agreement_id, x.position });
                    table.ForeignKey(
                        name: "FK_agreement_notes_agreements_agreement_id",
                        column: x => x.agreement_id,
                        principalTable: "agreements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "agreement_contacts",
                columns: table => new
                {
                    agreement_id = table.Column<string>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    party_region_id = table.Column<string>(type: "TEXT", nullable: false),
                    field = table.Column<string>(type: "TEXT", nullable: true),
                    title = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agreement_contacts", x => new { x.agreement_id, x.position });
                    table.ForeignKey(
                        name: "FK_agreement_contacts_agreements_agreement_id",
                        column: x => x.agreement_id,
                        principalTable: "agreements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_agreement_contacts_regions_party_region_id",
                        column: x => x.party_region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "agreement_events",
                columns: table => new
                {
                    agreement_id = table.Column<string>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    event_type = table.Column<string>(type: "TEXT", nullable: false),
                    is_retracted = table.Column<bool>(type: "INTEGER", nullable: false),
                    occurred_on = table.Column<string>(type: "TEXT", nullable: false),
                    occurred_earliest = table.Column<string>(type: "TEXT", nullable: true),
                    occurred_latest = table.Column<string>(type: "TEXT", nullable: true),
                    kind = table.Column<string>(type: "TEXT", nullable: true),
                    upgraded_from = table.Column<string>(type: "TEXT", nullable: true),
                    upgraded_to = table.Column<string>(type: "TEXT", nullable: true),
                    place_id = table.Column<string>(type: "TEXT", nullable: true),
                    term_length = table.Column<string>(type: "TEXT", nullable: true),
                    term_last_day = table.Column<string>(type: "TEXT", nullable: true),
                    term_renews_automatically = table.Column<bool>(type: "INTEGER", nullable: true),
                    enters_into_force_on_signing = table.Column<bool>(type: "INTEGER", nullable: true),
                    suspension_reason = table.Column<string>(type: "TEXT", nullable: true),
                    note = table.Column<string>(type: "TEXT", nullable: true),
                    reason = table.Column<string>(type: "TEXT", nullable: true),
                    by_region_id = table.Column<string>(type: "TEXT", nullable: true),
                    party_region_id = table.Column<string>(type: "TEXT", nullable: true),
                    superseded_by = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agreement_events", x => new { x.agreement_id, x.position });
                    table.ForeignKey(
                        name: "FK_agreement_events_agreements_agreement_id",
                        column: x => x.agreement_id,
                        principalTable: "agreements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_agreement_events_regions_by_region_id",
                        column: x => x.by_region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_agreement_events_regions_party_region_id",
                        column: x => x.party_region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_agreement_events_regions_place_id",
                        column: x => x.place_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "agreement_parties",
                columns: table => new
                {
                    agreement_id = table.Column<string>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    region_id = table.Column<string>(type: "TEXT", nullable: false),
                    signing_agency = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agreement_parties", x => new { x.agreement_id, x.position });
                    table.ForeignKey(
                        name: "FK_agreement_parties_agreements_agreement_id",
                        column: x => x.agreement_id,
                        principalTable: "agreements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_agreement_parties_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "agreement_signatories",
                columns: table => new
                {
                    agreement_id = table.Column<string>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", nullable: false),
                    party_region_id = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agreement_signatories", x => new { x.agreement_id, x.position });
                    table.ForeignKey(
                        name: "FK_agreement_signatories_agreements_agreement_id",
                        column: x => x.agreement_id,
                        principalTable: "agreements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_agreement_signatories_regions_party_region_id",
                        column: x => x.party_region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "delegations",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    direction = table.Column<string>(type: "TEXT", nullable: false),
                    home_region_id = table.Column<string>(type: "TEXT", nullable: false),
                    origin_region_id = table.Column<string>(type: "TEXT", nullable: true),
                    purpose = table.Column<string>(type: "TEXT", nullable: false),
                    start = table.Column<string>(type: "TEXT", nullable: false),
                    end = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_delegations", x => x.id);
                    table.ForeignKey(
                        name: "FK_delegations_regions_home_region_id",
                        column: x => x.home_region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_delegations_regions_origin_region_id",
                        column: x => x.origin_region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "region_former_codes",
                columns: table => new
                {
                    region_id = table.Column<string>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    code = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_region_former_codes", x => new { x.region_id, x.position });
                    table.ForeignKey(
                        name: "FK_region_former_codes_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "region_names",
                columns: table => new
                {
                    region_id = table.Column<string>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    language = table.Column<string>(type: "TEXT", nullable: false),
                    text = table.Column<string>(type: "TEXT", nullable: false),
                    is_primary = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_region_names", x => new { x.region_id, x.position });
                    table.ForeignKey(
                        name: "FK_region_names_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "agreement_retractions",
                columns: table => new
                {
                    agreement_id = table.Column<string>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    event_position = table.Column<int>(type: "INTEGER", nullable: false),
                    reason = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agreement_retractions", x => new { x.agreement_id, x.position });
                    table.ForeignKey(
                        name: "FK_agreement_retractions_agreement_events_agreement_id_event_position",
                        columns: x => new { x.agreement_id, x.event_position },
                        principalTable: "agreement_events",
                        principalColumns: new[] { "agreement_id", "position" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_agreement_retractions_agreements_agreement_id",
                        column: x => x.agreement_id,
                        principalTable: "agreements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "agreement_sources",
                columns: table => new
                {
                    agreement_id = table.Column<string>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    event_position = table.Column<int>(type: "INTEGER", nullable: true),
                    url = table.Column<string>(type: "TEXT", nullable: true),
                    citation = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agreement_sources", x => new { x.agreement_id, x.position });
                    table.ForeignKey(
                        name: "FK_agreement_sources_agreement_events_agreement_id_event_position",
                        columns: x => new { x.agreement_id, x.event_position },
                        principalTable: "agreement_events",
                        principalColumns: new[] { "agreement_id", "position" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_agreement_sources_agreements_agreement_id",
                        column: x => x.agreement_id,
                        principalTable: "agreements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "commitments",
                columns: table => new
                {
                    delegation_id = table.Column<string>(type: "TEXT", nullable: false),
                    number = table.Column<int>(type: "INTEGER", nullable: false),
                    owed_by_region_id = table.Column<string>(type: "TEXT", nullable: false),
                    owed_to_region_id = table.Column<string>(type: "TEXT", nullable: false),
                    what = table.Column<string>(type: "TEXT", nullable: false),
                    due = table.Column<string>(type: "TEXT", nullable: false),
                    due_earliest = table.Column<string>(type: "TEXT", nullable: true),
                    due_latest = table.Column<string>(type: "TEXT", nullable: true),
                    status = table.Column<string>(type: "TEXT", nullable: false),
                    settled_on = table.Column<string>(type: "TEXT", nullable: true),
                    drop_reason = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_commitments", x => new { x.delegation_id, x.number });
                    table.ForeignKey(
                        name: "FK_commitments_delegations_delegation_id",
                        column: x => x.delegation_id,
                        principalTable: "delegations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_commitments_regions_owed_by_region_id",
                        column: x => x.owed_by_region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_commitments_regions_owed_to_region_id",
                        column: x => x.owed_to_region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "delegation_members",
                columns: table => new
                {
                    delegation_id = table.Column<string>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", nullable: false),
                    role = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_delegation_members", x => new { x.delegation_id, x.position });
                    table.ForeignKey(
                        name: "FK_delegation_members_delegations_delegation_id",
                        column: x => x.delegation_id,
                        principalTable: "delegations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "delegation_organizations",
                columns: table => new
                {
                    delegation_id = table.Column<string>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    field = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_delegation_organizations", x => new { x.delegation_id, x.position });
                    table.ForeignKey(
                        name: "FK_delegation_organizations_delegations_delegation_id",
                        column: x => x.delegation_id,
                        principalTable: "delegations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "itinerary_stops",
                columns: table => new
                {
                    delegation_id = table.Column<string>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    place_region_id = table.Column<string>(type: "TEXT", nullable: false),
                    arrival = table.Column<string>(type: "TEXT", nullable: false),
                    departure = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_itinerary_stops", x => new { x.delegation_id, x.position });
                    table.ForeignKey(
                        name: "FK_itinerary_stops_delegations_delegation_id",
                        column: x => x.delegation_id,
                        principalTable: "delegations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_itinerary_stops_regions_place_region_id",
                        column: x => x.place_region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "engagements",
                columns: table => new
                {
                    delegation_id = table.Column<string>(type: "TEXT", nullable: false),
                    stop_position = table.Column<int>(type: "INTEGER", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    engagement_type = table.Column<string>(type: "TEXT", nullable: false),
                    at = table.Column<string>(type: "TEXT", nullable: false),
                    subject = table.Column<string>(type: "TEXT", nullable: true),
                    agreement_id = table.Column<string>(type: "TEXT", nullable: true),
                    title = table.Column<string>(type: "TEXT", nullable: true),
                    host_name = table.Column<string>(type: "TEXT", nullable: true),
                    host_field = table.Column<string>(type: "TEXT", nullable: true),
                    event_name = table.Column<string>(type: "TEXT", nullable: true),
                    item = table.Column<string>(type: "TEXT", nullable: true),
                    quantity = table.Column<int>(type: "INTEGER", nullable: true),
                    recipient = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_engagements", x => new { x.delegation_id, x.stop_position, x.position });
                    table.ForeignKey(
                        name: "FK_engagements_agreements_agreement_id",
                        column: x => x.agreement_id,
                        principalTable: "agreements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_engagements_itinerary_stops_delegation_id_stop_position",
                        columns: x => new { x.delegation_id, x.stop_position },
                        principalTable: "itinerary_stops",
                        principalColumns: new[] { "delegation_id", "position" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "engagement_counterparts",
                columns: table => new
                {
                    delegation_id = table.Column<string>(type: "TEXT", nullable: false),
                    stop_position = table.Column<int>(type: "INTEGER", nullable: false),
                    engagement_position = table.Column<int>(type: "INTEGER", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_engagement_counterparts", x => new { x.delegation_id, x.stop_position, x.engagement_position, x.position });
                    table.ForeignKey(
                        name: "FK_engagement_counterparts_engagements_delegation_id_stop_position_engagement_position",
                        columns: x => new { x.delegation_id, x.stop_position, x.engagement_position },
                        principalTable: "engagements",
                        principalColumns: new[] { "delegation_id", "stop_position", "position" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "engagement_parties",
                columns: table => new
                {
                    delegation_id = table.Column<string>(type: "TEXT", nullable: false),
                    stop_position = table.Column<int>(type: "INTEGER", nullable: false),
                    engagement_position = table.Column<int>(type: "INTEGER", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    region_id = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_engagement_parties", x => new { x.delegation_id, x.stop_position, x.engagement_position, x.position });
                    table.ForeignKey(
                        name: "FK_engagement_parties_engagements_delegation_id_stop_position_engagement_position",
                        columns: x => new { x.delegation_id, x.stop_position, x.engagement_position },
                        principalTable: "engagements",
                        principalColumns: new[] { "delegation_id", "stop_position", "position" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_engagement_parties_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_agreement_contacts_party_region_id",
                table: "agreement_contacts",
                column: "party_region_id");

            migrationBuilder.CreateIndex(
                name: "IX_agreement_events_by_region_id",
                table: "agreement_events",
                column: "by_region_id");

            migrationBuilder.CreateIndex(
                name: "IX_agreement_events_party_region_id",
                table: "agreement_events",
                column: "party_region_id");

            migrationBuilder.CreateIndex(
                name: "IX_agreement_events_place_id",
                table: "agreement_events",
                column: "place_id");

            migrationBuilder.CreateIndex(
                name: "IX_agreement_fields_field",
                table: "agreement_fields",
                column: "field");

            migrationBuilder.CreateIndex(
                name: "IX_agreement_parties_region_id_agreement_id",
                table: "agreement_parties",
                columns: new[] { "region_id", "agreement_id" });

            migrationBuilder.CreateIndex(
                name: "IX_agreement_retractions_agreement_id_event_position",
                table: "agreement_retractions",
                columns: new[] { "agreement_id", "event_position" });

            migrationBuilder.CreateIndex(
                name: "IX_agreement_signatories_party_region_id",
                table: "agreement_signatories",
                column: "party_region_id");

            migrationBuilder.CreateIndex(
                name: "IX_agreement_sources_agreement_id_event_position",
                table: "agreement_sources",
                columns: new[] { "agreement_id", "event_position" });

            migrationBuilder.CreateIndex(
                name: "IX_agreements_position",
                table: "agreements",
                column: "position",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_commitments_owed_by_region_id",
                table: "commitments",
                column: "owed_by_region_id");

            migrationBuilder.CreateIndex(
                name: "IX_commitments_owed_to_region_id",
                table: "commitments",
                column: "owed_to_region_id");

            migrationBuilder.CreateIndex(
                name: "IX_delegations_home_region_id",
                table: "delegations",
                column: "home_region_id");

            migrationBuilder.CreateIndex(
                name: "IX_delegations_origin_region_id",
                table: "delegations",
                column: "origin_region_id");

            migrationBuilder.CreateIndex(
                name: "IX_delegations_position",
                table: "delegations",
                column: "position",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_engagement_parties_region_id",
                table: "engagement_parties",
                column: "region_id");

            migrationBuilder.CreateIndex(
                name: "IX_engagements_agreement_id",
                table: "engagements",
                column: "agreement_id");

            migrationBuilder.CreateIndex(
                name: "IX_itinerary_stops_place_region_id",
                table: "itinerary_stops",
                column: "place_region_id");

            migrationBuilder.CreateIndex(
                name: "IX_region_former_codes_code",
                table: "region_former_codes",
                column: "code");

            migrationBuilder.CreateIndex(
                name: "IX_regions_parent_id",
                table: "regions",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "IX_regions_position",
                table: "regions",
                column: "position",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "agreement_contacts");

            migrationBuilder.DropTable(
                name: "agreement_fields");

            migrationBuilder.DropTable(
                name: "agreement_notes");

            migrationBuilder.DropTable(
                name: "agreement_parties");

            migrationBuilder.DropTable(
                name: "agreement_retractions");

            migrationBuilder.DropTable(
                name: "agreement_signatories");

            migrationBuilder.DropTable(
                name: "agreement_sources");

            migrationBuilder.DropTable(
                name: "commitments");

            migrationBuilder.DropTable(
                name: "delegation_members");

            migrationBuilder.DropTable(
                name: "delegation_organizations");

            migrationBuilder.DropTable(
                name: "engagement_counterparts");

            migrationBuilder.DropTable(
                name: "engagement_parties");

            migrationBuilder.DropTable(
                name: "region_former_codes");

            migrationBuilder.DropTable(
                name: "region_names");

            migrationBuilder.DropTable(
                name: "agreement_events");

            migrationBuilder.DropTable(
                name: "engagements");

            migrationBuilder.DropTable(
                name: "agreements");

            migrationBuilder.DropTable(
                name: "itinerary_stops");

            migrationBuilder.DropTable(
                name: "delegations");

            migrationBuilder.DropTable(
                name: "regions");
        }
    }
}
