package org.jigai.matching;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of the synonym dictionary. */
@Entity
@Table(name = "match_synonym_group")
class SynonymGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int position;
    private String terms;

    protected SynonymGroup() {}

    SynonymGroup(int position, String terms) {
        this.position = position;
        this.terms = terms;
    }

    int getPosition() { return position; }
    String getTerms() { return terms; }
}
