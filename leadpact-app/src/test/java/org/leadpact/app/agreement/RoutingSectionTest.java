package org.leadpact.app.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadpact.agreement.Routing;
import org.leadpact.agreement.TeamPolicy;

class RoutingSectionTest {
    private static final String TEAMS = """
            routing:
              ownerFirst:
                accounts: false
              teams:
                east:
                  mode: weighted
                  weights:
                    alice: 3
                  caps:
                    perDay: 20
                    perWeek: 80
                    open: 40
                  catchUp: 1
                desk:
                  mode: dispatch
              rules:
                - id: big
                  when:
                    companySize:
                      min: 1000
                    region: North America / East
                  team: east
            """;

    private static AgreementFile withRouting(String routing) throws IOException {
        String example = Files.readString(AgreementFileReaderTest.EXAMPLE);
        int start = example.indexOf("routing:\n");
        int end = example.indexOf("marketingSla:");
        return AgreementFileReader.parse("a.yaml", example.substring(0, start) + routing + "\n"
                + example.substring(end));
    }

    @Test
    void teams_owner_first_and_range_criteria_are_read_into_the_routing_clause() throws IOException {
        AgreementFile file = withRouting(TEAMS);
        assertThat(file.problems()).isEmpty();
        Routing r = file.orThrow().routing();
        assertThat(r.accountOwners()).isFalse();
        assertThat(r.returningLeads()).isTrue();
        TeamPolicy east = r.policy("east");
        assertThat(east.mode()).isEqualTo(TeamPolicy.Mode.WEIGHTED);
        assertThat(east.weight("alice")).isEqualTo(3);
        assertThat(east.weight("bob")).isEqualTo(1);
        assertThat(east.caps()).isEqualTo(new TeamPolicy.Caps(20, 80, 40));
        assertThat(east.catchUp()).isEqualTo(1);
        assertThat(r.policy("desk").mode()).isEqualTo(TeamPolicy.Mode.DISPATCH);
        assertThat(r.policy("unlisted")).isEqualTo(TeamPolicy.roundRobin("unlisted"));
        assertThat(r.rules().get(0).ranges().get("companySize").min()).isEqualTo(1000.0);
        assertThat(r.rules().get(0).when().get("region")).containsExactly("North America / East");
    }

    @Test
    void contradictions_and_unknown_words_are_reported_on_their_lines() throws IOException {
        List<String> problems = withRouting("""
                routing:
                  teams:
                    east:
                      mode: round-robin
                      weights:
                        alice: 2
                      caps:
                        perDay: 50
                        perWeek: 10
                    desk:
                      mode: by-hand
                  rules:
                    - id: all
                      team: east
                    - id: hot
                      when:
                        scoreBand: Z
                        region: Atlantis
                      team: east
                """).problems().stream().map(FileProblem::toString).toList();
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("routing.teams.desk.mode").contains("round-robin, "
                + "weighted, dispatch"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("'Atlantis' is neither a country nor a known "
                + "region"));
        List<String> contradictions = withRouting("""
                routing:
                  teams:
                    east:
                      weights:
                        alice: 2
                      caps:
                        perDay: 50
                        perWeek: 10
                  rules:
                    - id: all
                      team: east
                    - id: hot
                      when:
                        scoreBand: Z
                      team: east
                """).problems().stream().map(FileProblem::toString).toList();
        assertThat(contradictions).anySatisfy(p -> assertThat(p).contains("routing.rules[1]: rule hot is never reached: "
                + "rule all before it matches every lead"));
        assertThat(contradictions).anySatisfy(p -> assertThat(p).contains("'Z' is not a band of scoring.bands"));
        assertThat(contradictions).anySatisfy(p -> assertThat(p).contains("weights apply only to mode: weighted"));
        assertThat(contradictions).anySatisfy(p -> assertThat(p).contains("a daily cap of 50 can never be reached "
                + "under the weekly cap of 10"));
    }
}
