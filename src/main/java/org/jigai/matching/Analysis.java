package org.jigai.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The two views of Chinese text the index keeps, each in its own fields: SmartCN words (precise when the
 * segmentation is right: 余热 / 发电) and CJK bigrams (robust when it is not: 窑炉 cut into 窑 / 炉 still meets 窑炉).
 * Measured on the development set (docs/matching.md): words alone miss out-of-dictionary terms, bigrams alone rank
 * shared boilerplate too high; both together rank best.
 */
final class Analysis {

    private Analysis() {}

    static final Analyzer WORDS = new SmartChineseAnalyzer();

    /**
     * Words every need and offer in this field uses (公司, 项目, 希望, 服务...): they say nothing about fit, so they are
     * neither searched for nor shown as shared keywords ({@code matching/generic-words.txt}).
     */
    static final java.util.Set<String> GENERIC = loadGeneric();

    private static java.util.Set<String> loadGeneric() {
        try (var in = Analysis.class.getResourceAsStream("/matching/generic-words.txt")) {
            var text = new String(java.util.Objects.requireNonNull(in).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            var words = new java.util.HashSet<String>();
            for (String line : text.split("\\R")) {
                if (!line.startsWith("#")) {
                    for (String w : line.split("[,，、\\s]+")) {
                        if (!w.isBlank()) {
                            words.add(w.strip());
                        }
                    }
                }
            }
            return java.util.Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final Analyzer BIGRAMS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            var source = new StandardTokenizer();
            TokenStream stream = new CJKWidthFilter(source);
            stream = new LowerCaseFilter(stream);
            stream = new CJKBigramFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    };

    private static final Analyzer STANDARD = new StandardAnalyzer();

    /**
     * The index's analyzer: words or bigrams by the field's suffix (fields are per type, such as
     * {@code solution.body_w}).
     */
    static Analyzer perField() {
        return new org.apache.lucene.analysis.DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                if (fieldName.endsWith(Fields.ALL_BIGRAMS)) {
                    return BIGRAMS;
                }
                if (fieldName.endsWith(Fields.TITLE_WORDS) || fieldName.endsWith(Fields.BODY_WORDS)
                        || fieldName.endsWith(Fields.PLAIN)) {
                    return WORDS;
                }
                return STANDARD;
            }
        };
    }

    static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** A word worth searching for: not a single CJK character (SmartCN's leftovers), not a lone digit. */
    static boolean meaningful(String token) {
        if (token.length() >= 2) {
            return true;
        }
        char c = token.charAt(0);
        return c < 0x2E80 && Character.isLetter(c);
    }
}
