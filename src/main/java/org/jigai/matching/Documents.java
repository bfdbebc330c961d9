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

    private Documents() {}

    static Document of(Entry e) {
        var doc = new Document();
        doc.add(new StringField(Fields.KEY, e.key(), Field.Store.NO));
        keyword(doc, Fields.TYPE, e.type());
        doc.add(new StoredField(Fields.ID, e.id()));
        doc.add(new NumericDocValuesField(Fields.ID, e.id()));
        doc.add(new StoredField(Fields.ORG, e.organizationId()));
        doc.add(new StringField(Fields.ORG, Long.toString(e.organizationId()), Field.Store.NO));
        doc.add(new StoredField(Fields.TITLE, e.title()));
        doc.add(new StoredField(Fields.BODY, e.body()));
        doc.add(new TextField(Fields.TITLE_WORDS, e.title(), Field.Store.NO));
        doc.add(new TextField(Fields.BODY_WORDS, e.body(), Field.Store.NO));
        doc.add(new TextField(Fields.ALL_BIGRAMS, e.title() + "\n" + e.body(), Field.Store.NO));
        doc.add(new TextField(Fields.PLAIN, e.title() + "\n" + e.body(), Field.Store.NO));
        e.industries().forEach(i -> keyword(doc, Fields.INDUSTRY, i.name()));
        e.directions().forEach(d -> keyword(doc, Fields.DIRECTION, d.name()));
        e.categories().forEach(c -> keyword(doc, Fields.CATEGORY, c.name()));
        keyword(doc, Fields.REGION, e.region());
        e.serves().forEach(r -> keyword(doc, Fields.SERVES, r));
        if (e.visibility() != null) {
            keyword(doc, Fields.VISIBILITY, e.visibility());
        }
        doc.add(new StoredField(Fields.UPDATED, e.updated().toEpochMilli()));
        return doc;
    }

    /** A keyword: searchable, stored, and counted in facets. */
    private static void keyword(Document doc, String field, String value) {
        doc.add(new StringField(field, value, Field.Store.YES));
        doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
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
        return new Entry(d.get(Fields.TYPE), d.getField(Fields.ID).numericValue().longValue(),
                d.getField(Fields.ORG).numericValue().longValue(), d.get(Fields.TITLE), d.get(Fields.BODY),
                industries, directions, categories, region == null ? "" : region, serves, d.get(Fields.VISIBILITY),
                Instant.ofEpochMilli(d.getField(Fields.UPDATED).numericValue().longValue()));
    }
}
