package org.tidings.core.knowledge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * All knowledge files, loaded and checked once; immutable and shared by every thread.
 */
public final class Knowledge {
  private final Countries countries;
  private final People people;
  private final Organisations organisations;
  private final AgentNouns agentNouns;
  private final Metonyms metonyms;
  private final Gazetteer gazetteer;
  private final WorldGazetteer world;
  private final EventTypes eventTypes;
  private final VerbPatterns verbPatterns;
  private final Cues cues;
  private final NameIndex names;
  private final Map<String, String> stamps;

  private Knowledge() {
    this.countries = Countries.load();
    this.people = People.load();
    this.organisations = Organisations.load();
    this.agentNouns = AgentNouns.load();
    this.metonyms = Metonyms.load();
    this.gazetteer = Gazetteer.load(countries);
    this.world = WorldGazetteer.load(countries);
    this.eventTypes = EventTypes.load();
    this.verbPatterns = VerbPatterns.load(eventTypes);
    this.cues = Cues.load();
    this.names = new NameIndex(entries());
    Map<String, String> s = new LinkedHashMap<>();
    for (TsvTable t : List.of(countries.table(), people.table(), organisations.table(), agentNouns.table(),
        metonyms.table(), gazetteer.table(), world.table(), eventTypes.table(), verbPatterns.table(),
        cues.table())) {
      s.put(t.file(), t.stamp());
    }
    this.stamps = Collections.unmodifiableMap(s);
  }

  /** Loads every file from the class path; throws {@link KnowledgeException} naming a bad row. */
  public static Knowledge load() {
    return new Knowledge();
  }

  private List<NameEntry> entries() {
    List<NameEntry> out = new ArrayList<>();
    for (Country c : countries.all()) {
      out.add(new NameEntry(c.name(), NameEntry.Kind.COUNTRY, c));
      c.aliases().forEach(a -> out.add(new NameEntry(a, NameEntry.Kind.COUNTRY, c)));
      c.demonyms().forEach(a -> out.add(new NameEntry(a, NameEntry.Kind.DEMONYM, c)));
      out.add(new NameEntry(c.capital(), NameEntry.Kind.CAPITAL, c));
      c.capitalAliases().forEach(a -> out.add(new NameEntry(a, NameEntry.Kind.CAPITAL, c)));
    }
    for (String name : people.names()) {
      out.add(new NameEntry(name, NameEntry.Kind.PERSON, name));
      people.offices(name).stream().flatMap(o -> o.aliases().stream()).distinct()
          .forEach(a -> out.add(new NameEntry(a, NameEntry.Kind.PERSON, name)));
    }
    for (Organisation o : organisations.all()) {
      out.add(new NameEntry(o.name(), NameEntry.Kind.ORGANISATION, o));
      o.aliases().forEach(a -> out.add(new NameEntry(a, NameEntry.Kind.ORGANISATION, o)));
      o.descriptions().forEach(a -> out.add(new NameEntry(a, NameEntry.Kind.DESCRIPTION, o)));
    }
    for (Metonym m : metonyms.all()) {
      m.terms().forEach(t -> out.add(new NameEntry(t, NameEntry.Kind.METONYM, m)));
    }
    for (GazetteerEntry g : gazetteer.all()) {
      if (g.kind().equals("country") || g.kind().equals("capital")) {
        continue;
      }
      out.add(new NameEntry(g.name(), NameEntry.Kind.PLACE, g));
      g.aliases().forEach(a -> out.add(new NameEntry(a, NameEntry.Kind.PLACE, g)));
    }
    return out;
  }

  public Countries countries() {
    return countries;
  }

  public People people() {
    return people;
  }

  public Organisations organisations() {
    return organisations;
  }

  public AgentNouns agentNouns() {
    return agentNouns;
  }

  public Metonyms metonyms() {
    return metonyms;
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** Every populated place of 15,000 or more, for places the curated files do not name. */
  public WorldGazetteer world() {
    return world;
  }

  public EventTypes eventTypes() {
    return eventTypes;
  }

  public VerbPatterns verbPatterns() {
    return verbPatterns;
  }

  public Cues cues() {
    return cues;
  }

  public NameIndex names() {
    return names;
  }

  /** Each file's version and content hash, for provenance. */
  public Map<String, String> stamps() {
    return stamps;
  }
}
