package org.jigai.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.jigai.account.Audience;
import org.jigai.base.Translations;
import org.jigai.demo.DemoGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Search precision, before and after the concept query (SearchQuery): on the development set, each need's title as
 * a query over the 84 solutions, with the solutions graded 2 or 3 for that need as the relevant ones; and, on the
 * demo volume (about 500 records), how many results the queries users complained about return. The report goes to
 * target/search-devset.md and is quoted in docs/matching.md.
 */
class SearchPrecisionTest {

    static final int K = 10;
    static IndexSearcher devSet;
    static IndexSearcher demo;

    @BeforeAll
    static void index() throws IOException {
        RankingQualityTest.index();
        devSet = RankingQualityTest.searcher;
        var data = new DemoGenerator(2026, new Translations()).generate(60, 150, 300, "demo-");
        var directory = new ByteBuffersDirectory();
        try (var writer = new IndexWriter(directory, new IndexWriterConfig(Analysis.perField()))) {
            long id = 1;
            for (var s : data.solutions()) {
                writer.addDocument(Documents.of(new Entry(Fields.SOLUTION, id++, 1, s.title(), s.description(),
                        s.industries(), s.directions(), s.categories(), "370200", Set.of(), null, Instant.EPOCH,
                        Set.of(Audience.ANYONE))));
            }
            for (var n : data.needs()) {
                writer.addDocument(Documents.of(new Entry(Fields.NEED, id++, 2, n.title(), n.description(),
                        EnumSet.of(n.industry()), n.directions(), Set.of(), n.region(), Set.of(), "ALL_PROVIDERS",
                        Instant.EPOCH, Set.of(Audience.ANYONE))));
            }
            for (var o : data.organizations()) {
                if (o.provider()) {
                    writer.addDocument(Documents.of(new Entry(Fields.PROVIDER, id++, id, o.name(), o.description(),
                            o.industries(), Set.of(), o.categories(), o.region(), Set.of(), null, Instant.EPOCH,
                            Set.of(Audience.ANYONE))));
                }
            }
        }
        demo = new IndexSearcher(DirectoryReader.open(directory));
    }

    /** The search before: one disjunction of the probe's words and bigrams (as the matching engine builds it). */
    static ScoreDoc[] before(IndexSearcher searcher, String text, List<String> types) throws IOException {
        var ranker = new Ranker(RankingQualityTest.vocabulary, Weights.DEFAULT);
        var probe = new Entry("query", 0, 0, text, "", Set.of(), Set.of(), Set.of(), "", Set.of(), null, Instant.EPOCH,
                Set.of());
        var words = ranker.probeWords(probe);
        var query = new org.apache.lucene.search.BooleanQuery.Builder();
        for (String type : types) {
            query.add(ranker.textQuery(searcher.getIndexReader(), probe, words, type),
                    org.apache.lucene.search.BooleanClause.Occur.SHOULD);
        }
        return searcher.search(query.build(), 1000).scoreDocs;
    }

    /** The search now, as SearchService runs it (without the reader's filters). */
    static ScoreDoc[] after(IndexSearcher searcher, String text, List<String> types) throws IOException {
        return SearchQuery.find(RankingQualityTest.vocabulary, searcher.getIndexReader(), text, types,
                query -> searcher.search(query, 1000).scoreDocs).hits();
    }

    interface Search {
        ScoreDoc[] run(IndexSearcher searcher, String text, List<String> types) throws IOException;
    }

    record Measure(double precision, double recall, double results) {}

    static Measure measure(Search search) throws IOException {
        double precision = 0;
        double recall = 0;
        double results = 0;
        List<Entry> needs = RankingQualityTest.needs;
        for (Entry need : needs) {
            Set<Long> relevant = new java.util.HashSet<>();
            RankingQualityTest.judgements.get(need.id()).forEach((solution, grade) -> {
                if (grade >= 2) {
                    relevant.add(solution);
                }
            });
            ScoreDoc[] hits = search.run(devSet, need.title(), List.of(Fields.SOLUTION));
            int shown = Math.min(K, hits.length);
            int good = 0;
            for (int i = 0; i < shown; i++) {
                long id = devSet.storedFields().document(hits[i].doc).getField(Fields.ID).numericValue().longValue();
                good += relevant.contains(id) ? 1 : 0;
            }
            precision += shown == 0 ? 0 : good / (double) shown;
            recall += relevant.isEmpty() ? 1 : good / (double) Math.min(K, relevant.size());
            results += hits.length;
        }
        return new Measure(precision / needs.size(), recall / needs.size(), results / needs.size());
    }

    @Test
    void the_concept_query_is_more_precise_and_keeps_what_is_relevant() throws IOException {
        Measure old = measure(SearchPrecisionTest::before);
        Measure now = measure(SearchPrecisionTest::after);
        List<String> all = List.of(Fields.NEED, Fields.SOLUTION, Fields.PROVIDER);
        Map<String, int[]> complaints = new java.util.LinkedHashMap<>();
        for (String q : List.of("涂覆生产线", "MES 设备联网", "喷涂线", "焊接机器人", "挤出生产线 节能", "啊啊啊啊啊")) {
            complaints.put(q, new int[] {before(demo, q, all).length, after(demo, q, all).length});
        }
        report(old, now, complaints);

        assertThat(now.precision()).as("precision@10 now %.3f, before %.3f", now.precision(), old.precision())
                .isGreaterThan(old.precision());
        assertThat(now.recall()).as("recall@10 now %.3f, before %.3f", now.recall(), old.recall())
                .isGreaterThanOrEqualTo(old.recall() - 0.2);
        assertThat(now.results()).isLessThan(old.results() / 2);
        assertThat(complaints.get("涂覆生产线")[1]).as("nothing holds both words: only the strongest partial matches")
                .isLessThan(complaints.get("涂覆生产线")[0] / 2);
        assertThat(complaints.get("MES 设备联网")[1]).isLessThan(complaints.get("MES 设备联网")[0] / 2);
    }

    @Test
    void the_typo_fallback_corrects_words_of_the_index_and_ignores_filler() throws IOException {
        var reader = demo.getIndexReader();
        List<String> all = List.of(Fields.NEED, Fields.SOLUTION, Fields.PROVIDER);
        assertThat(SearchQuery.fuzzy(reader, "啊啊啊啊啊", all)).as("filler").isNull();
        assertThat(SearchQuery.fuzzy(reader, "的的的", all)).as("particles").isNull();
        assertThat(SearchQuery.fuzzy(reader, "qzxwvjk", all)).as("no word of the index is close").isNull();
        assertThat(SearchQuery.fuzzy(reader, "涂覆生产线", all)).as("two-character words are not corrected").isNull();
        var typo = SearchQuery.fuzzy(reader, "MSE", all);
        assertThat(typo).as("MSE is one edit from MES").isNotNull();
        assertThat(demo.search(typo, 10).scoreDocs).isNotEmpty();
    }

    @Test
    void single_characters_smartcn_could_not_place_are_joined_back_into_their_word() {
        assertThat(SearchQuery.concepts("涂覆生产线")).containsExactly("涂覆", "生产线");
        assertThat(SearchQuery.concepts("MES 设备联网")).as("设备 says nothing here").doesNotContain("设备").hasSize(2);
        assertThat(SearchQuery.concepts("生产 管理")).as("only generic words: they are the query")
                .containsExactly("生产", "管理");
        assertThat(SearchQuery.required(1)).isEqualTo(1);
        assertThat(SearchQuery.required(2)).isEqualTo(2);
        assertThat(SearchQuery.required(3)).isEqualTo(2);
        assertThat(SearchQuery.required(10)).isEqualTo(7);
    }

    private static void report(Measure old, Measure now, Map<String, int[]> complaints) throws IOException {
        var text = new StringBuilder("| search | precision@10 | recall@10 | results per query |\n|---|---|---|---|\n");
        text.append(row("before: one disjunction of words and bigrams", old));
        text.append(row("now: concepts, most of them required, phrase boost, tail cut", now));
        text.append("\n| query on the demo volume | results before | results now |\n|---|---|---|\n");
        complaints.forEach((q, counts) -> text.append("| ").append(q).append(" | ").append(counts[0]).append(" | ")
                .append(counts[1]).append(" |\n"));
        System.out.println(text);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "search-devset.md"), text);
    }

    private static String row(String name, Measure m) {
        return String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.1f |%n", name, m.precision(), m.recall(), m.results());
    }
}
