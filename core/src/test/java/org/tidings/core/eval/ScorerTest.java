package org.tidings.core.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** FORMAT.md section 4 on small hand-made codings. */
class ScorerTest {
  private static final String TEXT = "Macron met Zelensky in Kyiv. Russia did not attack Ukraine.";
  private final ObjectMapper mapper = new ObjectMapper();
  private final Scorer scorer = new Scorer(Set.of("FRA", "UKR", "RUS"));

  private JsonNode json(String s) throws Exception {
    return mapper.readTree(s.replace('\'', '"'));
  }

  private JsonNode gold() throws Exception {
    return json("{'id':'t','text':'" + TEXT + "','events':[{'anchor':'met Zelensky','source':{'code':'FRAGOV'},"
        + "'target':{'code':'UKRGOV'},'cameo':['042','040'],'symmetric':true,'date':'2022-02-08',"
        + "'place':{'name':'Kyiv','country':'UKR','lat':50.45,'lon':30.52}}],"
        + "'forbidden':[{'anchor':'did not attack','cameo_root':['18','19']}],'quotes':[],"
        + "'actors':[{'mention':'Macron','code':'FRAGOV','name':'Emmanuel Macron'}],'times':[]}");
  }

  private static String event(String source, String target, String cameo, String mode, int start, int end) {
    return "{'group':'g" + cameo + "','source':{'code':'" + source + "'},'target':{'code':'" + target + "'},'cameo':'"
        + cameo + "','mode':'" + mode + "','evidence':{'start':" + start + ",'end':" + end
        + "},'trigger':{'start':7,'end':10},'date':'2022-02-08','place':{'name':'Kyiv','country':'UKR',"
        + "'lat':50.45,'lon':30.52}}";
  }

  @Test
  void aSwappedSymmetricEventMatchesWithDateAndPlace() throws Exception {
    JsonNode sys = json("{'events':[" + event("UKRGOV", "FRAGOV", "040", "asserted", 0, 28) + "],"
        + "'mentions':[{'start':0,'end':6,'actor':{'code':'FRAGOV','name':'Emmanuel Macron'}}]}");
    Score s = scorer.score(gold(), sys);
    assertThat(s.matched()).isEqualTo(1);
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.dates()).isEqualTo(new Tally(1, 1));
    assertThat(s.places()).isEqualTo(new Tally(1, 1));
    assertThat(s.actors()).isEqualTo(new Tally(1, 1));
  }

  @Test
  void anAssertedForbiddenEventIsAHitAndAnExtra() throws Exception {
    JsonNode sys = json("{'events':[" + event("RUS", "UKR", "190", "asserted", 29, 59) + "]}");
    Score s = scorer.score(gold(), sys);
    assertThat(s.forbiddenHits()).isEqualTo(1);
    assertThat(s.system()).isEqualTo(1);
    assertThat(s.precision()).isZero();
  }

  @Test
  void aNegatedForbiddenEventIsNeutral() throws Exception {
    JsonNode sys = json("{'events':[" + event("RUS", "UKR", "190", "negated", 29, 59) + "]}");
    Score s = scorer.score(gold(), sys);
    assertThat(s.forbiddenHits()).isZero();
    assertThat(s.neutral()).isEqualTo(1);
    assertThat(s.system()).isZero();
  }

  @Test
  void statementsAreNotScoredAndWrongCountriesDoNotMatch() throws Exception {
    JsonNode sys = json("{'events':[" + event("FRAGOV", "RUS", "040", "asserted", 0, 28) + ","
        + event("FRAGOV", "UKRGOV", "010", "asserted", 0, 28) + "]}");
    Score s = scorer.score(gold(), sys);
    assertThat(s.matched()).isZero();
    assertThat(s.system()).isEqualTo(1);
    assertThat(s.recall()).isZero();
  }

  @Test
  void namesCompareWithoutAccentsOrMissingGivenNames() {
    assertThat(Scorer.sameName("Tayyip Erdogan", "Recep Tayyip Erdoğan")).isTrue();
    assertThat(Scorer.sameName("Kim Jong Un", "Kim Jong-un")).isTrue();
    assertThat(Scorer.sameName("Joe Biden", "Hunter Biden")).isFalse();
  }

  @Test
  void distances() {
    assertThat(Scorer.distanceKm(50.45, 30.52, 50.45, 30.52)).isZero();
    assertThat(Scorer.distanceKm(50.45, 30.52, 55.75, 37.62)).isBetween(700.0, 800.0);
  }
}
