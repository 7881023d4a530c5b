package org.tidings.core.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * {@link NlpAnnotator} on Stanford CoreNLP: tokenize, ssplit, pos, lemma, the CoNLL 4-class CRF
 * NER, and the neural UD dependency parser run only on the sentences the caller selects. Both
 * CoreNLP objects are built once and held by strong references for the life of this annotator.
 * Sentences of more than {@value #MAX_TAG_TOKENS} tokens (a list without full stops, a run of
 * quotation marks) are not tagged either: their tokens get the tag {@code X} and no entity, since
 * the tagger's cost for such a sentence can pass any time budget.
 */
public final class CoreNlpAnnotator implements NlpAnnotator {
  static final String CRF_MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
  static final int MAX_TAG_TOKENS = 400;

  private final StanfordCoreNLP tagger;
  private final DependencyParseAnnotator parser;
  private final int maxParseTokens;

  /** @param maxParseTokens sentences longer than this are not parsed (their events are coded without it) */
  public CoreNlpAnnotator(int maxParseTokens) {
    if (maxParseTokens < 1) {
      throw new IllegalArgumentException("maxParseTokens must be positive: " + maxParseTokens);
    }
    this.maxParseTokens = maxParseTokens;
    this.tagger = new StanfordCoreNLP(taggerProperties());
    this.parser = new DependencyParseAnnotator(new Properties());
  }

  static Properties taggerProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("tokenize.options", "untokenizable=noneKeep");
    p.setProperty("ner.model", CRF_MODEL);
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    p.setProperty("ner.combinationMode", "NORMAL");
    p.setProperty("pos.maxlen", Integer.toString(MAX_TAG_TOKENS));
    p.setProperty("ner.maxlen", Integer.toString(MAX_TAG_TOKENS));
    return p;
  }

  @Override
  public AnnotatedText annotate(String text, ParseFilter shouldParse) {
    Annotation doc = new Annotation(text);
    tagger.annotate(doc);
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null) {
      sentences = List.of();
    }
    List<List<Token>> tokenLists = new ArrayList<>(sentences.size());
    List<CoreMap> toParse = new ArrayList<>();
    for (CoreMap s : sentences) {
      List<Token> tokens = tokens(text, s.get(CoreAnnotations.TokensAnnotation.class));
      tokenLists.add(tokens);
      if (!tokens.isEmpty() && tokens.size() <= maxParseTokens && shouldParse.test(tokens)) {
        toParse.add(s);
      }
    }
    Map<CoreMap, ParseTree> parses = new IdentityHashMap<>();
    if (!toParse.isEmpty()) {
      Annotation sub = new Annotation(text);
      sub.set(CoreAnnotations.SentencesAnnotation.class, toParse);
      parser.annotate(sub);
      for (CoreMap s : toParse) {
        SemanticGraph g = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        if (g != null) {
          parses.put(s, tree(g, s.get(CoreAnnotations.TokensAnnotation.class).size()));
        }
      }
    }
    int[] paragraphStarts = paragraphStarts(text);
    List<Sentence> out = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      List<Token> tokens = tokenLists.get(i);
      if (tokens.isEmpty()) {
        continue;
      }
      int start = tokens.get(0).start();
      int end = tokens.get(tokens.size() - 1).end();
      out.add(new Sentence(out.size(), paragraphOf(paragraphStarts, start), start, end, tokens,
          parses.get(sentences.get(i))));
    }
    return new AnnotatedText(text, List.copyOf(out));
  }

  private static List<Token> tokens(String text, List<CoreLabel> labels) {
    List<Token> out = new ArrayList<>(labels.size());
    for (CoreLabel l : labels) {
      int b = l.beginPosition();
      int e = l.endPosition();
      String surface = b >= 0 && e <= text.length() && b <= e ? text.substring(b, e) : l.word();
      String lemma = l.lemma() == null ? l.word() : l.lemma();
      String ner = l.ner() == null ? "O" : l.ner();
      out.add(new Token(out.size(), surface, lemma.toLowerCase(Locale.ROOT), l.tag(), ner, b, e));
    }
    return List.copyOf(out);
  }

  private static ParseTree tree(SemanticGraph g, int n) {
    int[] heads = new int[n];
    String[] rels = new String[n];
    Arrays.fill(heads, -1);
    Arrays.fill(rels, "dep");
    for (IndexedWord root : g.getRoots()) {
      if (root.index() >= 1 && root.index() <= n) {
        rels[root.index() - 1] = "root";
      }
    }
    for (SemanticGraphEdge e : g.edgeIterable()) {
      int dep = e.getDependent().index() - 1;
      int gov = e.getGovernor().index() - 1;
      if (dep >= 0 && dep < n && gov >= 0 && gov < n) {
        heads[dep] = gov;
        rels[dep] = e.getRelation().toString().toLowerCase(Locale.ROOT);
      }
    }
    return new ParseTree(heads, rels);
  }

  static int[] paragraphStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    int i = 0;
    while (i < text.length()) {
      int nl = text.indexOf('\n', i);
      if (nl < 0) {
        break;
      }
      int j = nl + 1;
      while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
        j++;
      }
      if (j < text.length() && text.charAt(j) == '\n') {
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
          j++;
        }
        starts.add(j);
      }
      i = j;
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  static int paragraphOf(int[] starts, int offset) {
    int p = 0;
    for (int k = 0; k < starts.length; k++) {
      if (starts[k] <= offset) {
        p = k;
      }
    }
    return p;
  }
}
