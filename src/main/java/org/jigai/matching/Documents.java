package org.jigai.matching;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.jigai.base.Direction;
import org.jigai.base.Industry;
import org.jigai.base.ServiceCategory;

/** Turns entries into Lucene documents and stored fields back into entries. */
final class Documents {

    /**
     * The version of the document layout, stored with each commit: an index written in another layout is rebuilt at
     * start-up. 2: audience terms; 3: the provider pool's audience term on pool-only needs; 4: published cases.
     */
    static final String LAYOUT = "4";

    private Documents() {}

    static Document of(Entry e) {
        var doc = new Document();
        doc.add(new StringField(Fields.KEY, e.key(), Field.Store.NO));
        keyword(doc, Fields.TYPE, e.type());
        doc.add(new StoredField(Fields.ID, e.id()));
        doc.add(new NumericDocValuesField(Fields.ID, e.id()));
        doc.add(new StoredField(Fields.ORG, e.organizationId()));
        doc.add(new NumericDocValuesField(Fields.ORG, e.organizationId()));
        doc.add(new StringField(Fields.ORG, Long.toString(e.organizationId()), Field.Store.NO));
        doc.add(new StoredField(Fields.TITLE, e.title()));
        doc.add(new StoredField(Fields.BODY, e.body()));
        String all = e.title() + "\n" + e.body();
        doc.add(new TextField(Fields.text(e.type(), Fields.TITLE_WORDS), e.title(), Field.Store.NO));
        doc.add(new TextField(Fields.text(e.type(), Fields.BODY_WORDS), e.body(), Field.Store.NO));
        doc.add(new TextField(Fields.text(e.type(), Fields.ALL_BIGRAMS), all, Field.Store.NO));
        doc.add(new TextField(Fields.text(e.type(), Fields.PLAIN), all, Field.Store.NO));
        e.industries().forEach(i -> keyword(doc, Fields.INDUSTRY, i.name()));
        e.directions().forEach(d -> keyword(doc, Fields.DIRECTION, d.name()));
        e.categories().forEach(c -> keyword(doc, Fields.CATEGORY, c.name()));
        keyword(doc, Fields.REGION, e.region());
        e.serves().forEach(r -> keyword(doc, Fields.SERVES, r));
        if (e.visibility() != null) {
            keyword(doc, Fields.VISIBILITY, e.visibility());
        }
        e.audience().forEach(a -> doc.add(new StringField(Fields.AUDIENCE, a, Field.Store.NO)));
        doc.add(new StoredField(Fields.UPDATED, e.updated().toEpochMilli()));
        return doc;
    }

    /** A keyword: searchable, stored, and counted in facets. */
    private static void keyword(Document doc, String field, String value) {
        doc.add(new StringField(field, value, Field.Store.YES));
        doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }

    /**
     * The structured part of many candidates from doc values (no stored-field decompression): what re-ranking needs.
     * Titles and bodies are left empty.
     */
    static java.util.Map<Integer, Entry> structure(org.apache.lucene.index.IndexReader reader, String type,
            int[] docs) throws java.io.IOException {
        int[] sorted = docs.clone();
        java.util.Arrays.sort(sorted);
        var leaves = reader.leaves();
        var result = new java.util.HashMap<Integer, Entry>();
        int i = 0;
        while (i < sorted.length) {
            int leafIndex = org.apache.lucene.index.ReaderUtil.subIndex(sorted[i], leaves);
            var leaf = leaves.get(leafIndex);
            var r = leaf.reader();
            var ids = org.apache.lucene.index.DocValues.getNumeric(r, Fields.ID);
            var orgs = org.apache.lucene.index.DocValues.getNumeric(r, Fields.ORG);
            var industries = org.apache.lucene.index.DocValues.getSortedSet(r, Fields.INDUSTRY);
            var directions = org.apache.lucene.index.DocValues.getSortedSet(r, Fields.DIRECTION);
            var categories = org.apache.lucene.index.DocValues.getSortedSet(r, Fields.CATEGORY);
            var regions = org.apache.lucene.index.DocValues.getSortedSet(r, Fields.REGION);
            var serves = org.apache.lucene.index.DocValues.getSortedSet(r, Fields.SERVES);
            int end = leaf.docBase + r.maxDoc();
            for (; i < sorted.length && sorted[i] < end; i++) {
                int doc = sorted[i] - leaf.docBase;
                long id = ids.advanceExact(doc) ? ids.longValue() : -1;
                long org = orgs.advanceExact(doc) ? orgs.longValue() : -1;
                Set<Industry> ind = EnumSet.noneOf(Industry.class);
                values(industries, doc).forEach(v -> ind.add(Industry.valueOf(v)));
                Set<Direction> dir = EnumSet.noneOf(Direction.class);
                values(directions, doc).forEach(v -> dir.add(Direction.valueOf(v)));
                Set<ServiceCategory> cat = EnumSet.noneOf(ServiceCategory.class);
                values(categories, doc).forEach(v -> cat.add(ServiceCategory.valueOf(v)));
                var region = values(regions, doc);
                result.put(sorted[i], new Entry(type, id, org, "", "", ind, dir, cat, region.isEmpty() ? "" : region.getFirst(),
                        new HashSet<>(values(serves, doc)), null, Instant.EPOCH, Set.of()));
            }
        }
        return result;
    }

    private static java.util.List<String> values(org.apache.lucene.index.SortedSetDocValues values, int doc)
            throws java.io.IOException {
        if (!values.advanceExact(doc)) {
            return java.util.List.of();
        }
        var found = new java.util.ArrayList<String>(values.docValueCount());
        for (int k = 0; k < values.docValueCount(); k++) {
            found.add(values.lookupOrd(values.nextOrd()).utf8ToString());
        }
        return found;
    }

    static Entry entry(Document d) {
        Set<Industry> industries = EnumSet.noneOf(Industry.class);
        Set<Direction> directions = EnumSet.noneOf(Direction.class);
        Set<ServiceCategory> categories = EnumSet.noneOf(ServiceCategory.class);
        for (IndexableField f : d.getFields(Fields.INDUSTRY)) {
            industries.add(Industry.valueOf(f.stringValue()));
        }
        for (IndexableField f : d.getFields(Fields.DIRECTION)) {
            directions.add(Direction.valueOf(f.stringValue()));
        }
        for (IndexableField f : d.getFields(Fields.CATEGORY)) {
            categories.add(ServiceCategory.valueOf(f.stringValue()));
        }
        Set<String> serves = new HashSet<>();
        for (IndexableField f : d.getFields(Fields.SERVES)) {
            serves.add(f.stringValue());
        }
        String region = d.get(Fields.REGION);
        String body = d.get(Fields.BODY);
        return new Entry(d.get(Fields.TYPE), d.getField(Fields.ID).numericValue().longValue(),
                d.getField(Fields.ORG).numericValue().longValue(), d.get(Fields.TITLE), body == null ? "" : body,
                industries, directions, categories, region == null ? "" : region, serves, d.get(Fields.VISIBILITY),
                Instant.ofEpochMilli(d.getField(Fields.UPDATED).numericValue().longValue()), Set.of());
    }
}
