package org.tidings.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tidings.core.model.Article;

class PipelineTest {
  private static Stage stage(String name, Set<Layer> requires, Set<Layer> produces, List<String> log) {
    return new Stage() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Set<Layer> requires() {
        return requires;
      }

      @Override
      public Set<Layer> produces() {
        return produces;
      }

      @Override
      public void process(Analysis analysis) {
        log.add(name);
      }
    };
  }

  @Test
  void aStageThatReadsALayerNobodyWroteYetIsRefusedWhenBuilt() {
    List<String> log = new ArrayList<>();
    assertThatThrownBy(() -> new Pipeline(List.of(stage("events", Set.of(Layer.ACTORS), Set.of(Layer.EVENTS), log))))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("stage events requires [ACTORS] but no earlier stage produces it");
  }

  @Test
  void aLayerWrittenTwiceIsRefused() {
    List<String> log = new ArrayList<>();
    assertThatThrownBy(() -> new Pipeline(List.of(stage("a", Set.of(), Set.of(Layer.TEXT), log),
        stage("b", Set.of(), Set.of(Layer.TEXT), log)))).hasMessageContaining("produces TEXT again");
  }

  @Test
  void stagesRunInOrderAndMarkTheirLayers() {
    List<String> log = new ArrayList<>();
    Pipeline p = new Pipeline(List.of(stage("text", Set.of(), Set.of(Layer.TEXT), log),
        stage("actors", Set.of(Layer.TEXT), Set.of(Layer.ACTORS), log)));
    Analysis a = new Analysis(Article.of("x", null, "text"));
    p.run(a);
    assertThat(log).containsExactly("text", "actors");
    assertThat(a.has(Layer.ACTORS)).isTrue();
    assertThatThrownBy(a::events).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anInterruptedThreadStopsBeforeTheNextStage() {
    List<String> log = new ArrayList<>();
    Stage interrupting = new Stage() {
      @Override
      public String name() {
        return "text";
      }

      @Override
      public Set<Layer> requires() {
        return Set.of();
      }

      @Override
      public Set<Layer> produces() {
        return Set.of(Layer.TEXT);
      }

      @Override
      public void process(Analysis analysis) {
        log.add("text");
        Thread.currentThread().interrupt();
      }
    };
    Pipeline p = new Pipeline(List.of(interrupting, stage("actors", Set.of(Layer.TEXT), Set.of(Layer.ACTORS), log)));
    try {
      assertThatThrownBy(() -> p.run(new Analysis(Article.of("x", null, "text"))))
          .isInstanceOf(IllegalStateException.class).hasMessage("interrupted before stage actors");
      assertThat(log).containsExactly("text");
    } finally {
      Thread.interrupted();
    }
  }
}
