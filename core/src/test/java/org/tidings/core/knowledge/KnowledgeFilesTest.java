package org.tidings.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped knowledge files: they load, they agree with each other, and they hold what analysts rely on. */
class KnowledgeFilesTest {
  private static Knowledge k;

  @BeforeAll
  static void load() {
    k = Knowledge.load();
  }

  @Test
  void everyStateIsThere() {
    assertThat(k.countries().all()).hasSizeGreaterThanOrEqualTo(193 + 2 + 3);
    for (String iso3 : List.of("UKR", "RUS", "USA", "CHN", "PSE", "VAT", "XKX", "TWN", "ESH", "SSD", "PRK")) {
      assertThat(k.countries().contains(iso3)).as(iso3).isTrue();
    }
    assertThat(k.countries().get("UKR").capital()).isEqualTo("Kyiv");
    assertThat(k.countries().get("UKR").capitalAliases()).contains("Kiev");
  }

  @Test
  void capitalsHavePlausibleCoordinates() {
    for (Country c : k.countries().all()) {
      assertThat(c.capitalLat()).as(c.iso3()).isBetween(-90.0, 90.0);
      assertThat(c.capitalLon()).as(c.iso3()).isBetween(-180.0, 180.0);
    }
    assertThat(k.countries().get("UKR").capitalLat()).isCloseTo(50.45, org.assertj.core.data.Offset.offset(0.1));
  }

  @Test
  void officeHoldersAreChosenByDate() {
    LocalDate feb2022 = LocalDate.of(2022, 2, 8);
    assertThat(k.people().holder("DEU", Office::executive, feb2022).map(Office::name)).hasValue("Olaf Scholz");
    assertThat(k.people().holder("DEU", Office::executive, LocalDate.of(2019, 1, 1)).map(Office::name))
        .hasValue("Angela Merkel");
    assertThat(k.people().holder("USA", Office::executive, feb2022).map(Office::name)).hasValue("Joe Biden");
    assertThat(k.people().officeOn("Vladimir Putin", LocalDate.of(2010, 1, 1)).map(Office::officeKind))
        .hasValue("head_of_government");
    assertThat(k.people().officeOn("Dmitry Peskov", feb2022).map(Office::officeKind)).hasValue("spokesperson");
  }

  @Test
  void theG20AndCountriesOfConcernHaveALeaderOnEveryDaySince2000() {
    List<String> countries = List.of("ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN",
        "MEX", "RUS", "SAU", "ZAF", "KOR", "TUR", "GBR", "USA", "UKR", "BLR", "IRN", "ISR", "SYR", "PRK", "PAK",
        "AFG", "VEN");
    List<String> gaps = new ArrayList<>();
    for (String c : countries) {
      for (LocalDate d = LocalDate.of(2000, 6, 1); d.isBefore(LocalDate.of(2026, 6, 1)); d = d.plusMonths(6)) {
        LocalDate day = d;
        boolean led = k.people().all().stream().anyMatch(o -> o.country().equals(c) && o.heldOn(day)
            && (o.executive() || o.officeKind().equals("head_of_state") || o.officeKind().equals("head_of_government")));
        if (!led) {
          gaps.add(c + " " + day);
        }
      }
    }
    assertThat(gaps).isEmpty();
  }

  @Test
  void noCountryHasTwoChiefExecutivesAtOnce() {
    Map<String, List<Office>> byCountry = k.people().all().stream().filter(Office::executive)
        .collect(Collectors.groupingBy(Office::country, TreeMap::new, Collectors.toList()));
    List<String> overlaps = new ArrayList<>();
    byCountry.forEach((c, offices) -> {
      for (int i = 0; i < offices.size(); i++) {
        for (int j = i + 1; j < offices.size(); j++) {
          Office a = offices.get(i);
          Office b = offices.get(j);
          LocalDate aEnd = a.end() == null ? LocalDate.MAX : a.end();
          LocalDate bEnd = b.end() == null ? LocalDate.MAX : b.end();
          if (a.start().isBefore(bEnd) && b.start().isBefore(aEnd)) {
            overlaps.add(a.where() + " / " + b.where());
          }
        }
      }
    });
    assertThat(overlaps).isEmpty();
  }

  @Test
  void peopleBelongToKnownCountriesOrOrganisations() {
    Set<String> orgs = k.organisations().all().stream().map(Organisation::code).collect(Collectors.toSet());
    for (Office o : k.people().all()) {
      assertThat(k.countries().contains(o.country()) || orgs.contains(o.country())).as(o.where()).isTrue();
    }
  }

  @Test
  void theEventDictionaryCoversEveryCameoRoot() {
    Set<String> roots = new HashSet<>();
    for (int r = 1; r <= 20; r++) {
      String root = String.format("%02d", r);
      assertThat(k.eventTypes().get(root)).as("root " + root).isNotNull();
    }
    for (String lemma : List.of("meet", "accuse", "urge", "reject", "threaten", "protest", "deploy", "impose",
        "arrest", "attack", "shell", "invade", "praise", "send", "agree", "demand", "expel", "withdraw")) {
      assertThat(k.verbPatterns().forVerb(lemma)).as(lemma).isNotEmpty();
      k.verbPatterns().forVerb(lemma).forEach(p -> roots.add(p.cameo().substring(0, 2)));
    }
    assertThat(roots).hasSizeGreaterThanOrEqualTo(15);
    assertThat(k.verbPatterns().size()).isGreaterThan(300);
  }

  @Test
  void cameoCodesCarryQuadClassAndGoldstein() {
    assertThat(k.eventTypes().get("042").plover()).isEqualTo("CONSULT");
    assertThat(k.eventTypes().get("042").quadClass()).isEqualTo(1);
    assertThat(k.eventTypes().get("190").quadClass()).isEqualTo(4);
    assertThat(k.eventTypes().get("112").quadClass()).isEqualTo(3);
    assertThat(k.eventTypes().get("070").quadClass()).isEqualTo(2);
    assertThat(k.eventTypes().get("190").goldstein()).isEqualTo(-10.0);
  }

  @Test
  void noTermIsListedTwice() throws Exception {
    for (String file : List.of("agent-nouns.tsv", "cues.tsv")) {
      TsvTable t = TsvTable.load(file, file.equals("cues.tsv") ? Cues.HEADER : AgentNouns.HEADER);
      Set<String> seen = new HashSet<>();
      List<String> twice = new ArrayList<>();
      for (TsvTable.Row r : t.rows()) {
        String key = r.get("term") + (file.equals("cues.tsv") ? "/" + r.get("kind") : "");
        if (!seen.add(key)) {
          twice.add(r.where() + " " + key);
        }
      }
      assertThat(twice).as(file).isEmpty();
    }
  }

  @Test
  void agentNounsGiveSectors() {
    assertThat(k.agentNouns().get("separatist").sector()).isEqualTo("REB");
    assertThat(k.agentNouns().get("commander").sector()).isEqualTo("MIL");
    assertThat(k.agentNouns().get("separatist").rank()).isGreaterThan(k.agentNouns().get("commander").rank());
    assertThat(k.agentNouns().get("police").sector()).isEqualTo("COP");
    assertThat(k.agentNouns().get("press").sector()).isEqualTo("MED");
  }

  @Test
  void seatsOfPowerStandForGovernmentsAndLieInKnownPlaces() {
    Map<String, Metonym> byTerm = new TreeMap<>();
    k.metonyms().all().forEach(m -> m.terms().forEach(t -> byTerm.put(t, m)));
    assertThat(byTerm.get("Kremlin").code()).isEqualTo("RUSGOV");
    assertThat(byTerm.get("White House").code()).isEqualTo("USAGOV");
    for (Metonym m : k.metonyms().all()) {
      assertThat(k.gazetteer().named(m.place())).as(m.terms() + " in " + m.place()).isNotNull();
    }
  }

  @Test
  void organisationsAndRegions() {
    Map<String, Organisation> byCode = k.organisations().all().stream()
        .collect(Collectors.toMap(Organisation::code, o -> o, (a, b) -> a));
    assertThat(byCode.get("NATO").descriptions()).contains("the alliance");
    assertThat(byCode.get("WST").kind()).isEqualTo("region");
    assertThat(byCode).containsKeys("EU", "UN", "OSCE", "AU", "ASEAN", "OPEC", "IAEA", "ICC", "WHO", "IMF", "G7",
        "G20");
  }

  @Test
  void theWorldGazetteerTellsPlacesOfOneNameApart() {
    assertThat(k.world().size()).isGreaterThan(20_000);
    assertThat(k.world().lookup("Kiev")).extracting(GazetteerEntry::country).contains("UKR");
    assertThat(k.world().lookup("Springfield")).hasSizeGreaterThan(2);
    assertThat(k.world().best("Paris", Set.of("USA")).country()).isEqualTo("FRA");
    assertThat(k.world().best("Tripoli", Set.of("LBN"), Set.of("LBN", "LBY")).country()).isEqualTo("LBN");
    assertThat(k.world().best("Valencia", Set.of("VEN"), Set.of("VEN", "ESP")).country()).isEqualTo("VEN");
    assertThat(k.world().best("Hyderabad", Set.of()).country()).isEqualTo("IND");
  }

  @Test
  void theHighestRankedAgentNounGivesTheSector() {
    assertThat(k.agentNouns().strongestSector(List.of("police", "officer"))).isEqualTo("COP");
    assertThat(k.agentNouns().strongestSector(List.of("rebel", "force"))).isEqualTo("REB");
    assertThat(k.agentNouns().strongestSector(List.of("the", "weather"))).isNull();
  }

  @Test
  void aRegionOrCountryAfterTheNameSettlesWhichPlace() {
    assertThat(k.world().qualified("Victoria", "British Columbia").country()).isEqualTo("CAN");
    assertThat(k.world().qualified("Alexandria", "Virginia").country()).isEqualTo("USA");
    assertThat(k.world().qualified("Hyderabad", "Sindh").country()).isEqualTo("PAK");
    assertThat(k.world().qualified("Valencia", "Venezuela").country()).isEqualTo("VEN");
    assertThat(k.world().qualified("Paris", "Texas").country()).isEqualTo("USA");
    assertThat(k.world().qualified("Paris", "Mars")).isNull();
  }

  @Test
  void everyFileRecordsItsVersion() {
    assertThat(k.stamps()).containsKeys("countries.tsv", "people.tsv", "organisations.tsv", "agent-nouns.tsv",
        "metonyms.tsv", "places.tsv", "gazetteer.tsv", "cameo.tsv", "verb-patterns.tsv", "cues.tsv");
    k.stamps().values().forEach(v -> assertThat(v).matches("v\\d+:[0-9a-f]{12}"));
  }
}
