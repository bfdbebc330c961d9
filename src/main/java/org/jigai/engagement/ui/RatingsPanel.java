package org.jigai.engagement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.jigai.base.Formats;
import org.jigai.base.InvalidInputException;
import org.jigai.base.ui.FormErrors;
import org.jigai.base.ui.ReasonDialog;
import org.jigai.engagement.EngagementDetails;
import org.jigai.engagement.EngagementService;
import org.jigai.engagement.RatingView;
import org.jigai.engagement.Side;
import org.jigai.engagement.Transition;

/**
 * Ratings after completion, double-blind: each side rates once (three scores 1–5 and a comment); neither sees the
 * other's until both rated or the blind period passed; the rated side may reply once.
 */
class RatingsPanel extends Section {

    RatingsPanel(EngagementService engagements, EngagementDetails details, Runnable changed) {
        super(engagements, details, changed, "jigai-ratings");
        render();
    }

    @Override
    void render() {
        removeAll();
        List<RatingView> ratings = engagements.ratings(id);
        Side me = details.summary().side();
        boolean rated = ratings.stream().anyMatch(r -> r.raterSide() == me);
        if (me != null && !rated && details.may(Transition.RATE)) {
            add(form(me));
        }
        for (RatingView r : ratings) {
            var card = new Div();
            card.addClassName("jigai-card");
            card.add(new H3(getTranslation("rating.by", getTranslation(r.raterSide().labelKey()))));
            if (r.scores() == null) {
                card.add(new Paragraph(getTranslation("rating.hidden")));
            } else {
                String[] labels = labels(r.raterSide());
                for (int i = 0; i < 3; i++) {
                    card.add(new Paragraph(getTranslation("rating.line", labels[i], "★".repeat(r.scores()[i]) + "☆".repeat(5 - r.scores()[i]), r.scores()[i])));
                }
                if (r.comment() != null) {
                    var c = new Paragraph(r.comment());
                    c.addClassName("jigai-multiline");
                    card.add(c);
                }
                if (!r.visible()) {
                    card.add(new Paragraph(getTranslation("rating.ownHidden")));
                }
            }
            card.add(new Paragraph(Formats.dateTime(r.createdAt(), getLocale())));
            if (r.reply() != null) {
                var reply = new Paragraph(getTranslation("rating.reply", r.reply()));
                reply.addClassName("jigai-notice");
                card.add(reply);
            }
            if (r.mayReply() && details.may(Transition.REPLY_TO_RATING)) {
                card.add(new Button(getTranslation("rating.replyButton"), e -> ReasonDialog.ask(this,
                        "rating.replyButton", "rating.replyText", EngagementService.NOTE_MAX,
                        text -> engagements.reply(id, text), "rating.replied", changed)));
            }
            add(card);
        }
    }

    private String[] labels(Side rater) {
        return rater == Side.ENTERPRISE
                ? new String[] {getTranslation("rating.quality"), getTranslation("rating.timeliness"), getTranslation("rating.value")}
                : new String[] {getTranslation("rating.clarity"), getTranslation("rating.cooperation"), getTranslation("rating.payment")};
    }

    private Div form(Side me) {
        var box = new Div();
        box.addClassName("jigai-card");
        box.setId("rating-form");
        box.add(new H3(getTranslation("rating.title")), new Paragraph(getTranslation("rating.blind")));
        String[] labels = labels(me);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer>[] scores = new RadioButtonGroup[3];
        var errors = new FormErrors(this);
        for (int i = 0; i < 3; i++) {
            scores[i] = new RadioButtonGroup<>(labels[i]);
            scores[i].setItems(1, 2, 3, 4, 5);
            scores[i].setRequiredIndicatorVisible(true);
            scores[i].setId("rating-score" + (i + 1));
            errors.field("score" + (i + 1), scores[i]);
            box.add(scores[i]);
        }
        var comment = new TextArea(getTranslation("rating.comment"));
        comment.setMaxLength(EngagementService.NOTE_MAX);
        comment.setWidthFull();
        errors.field("comment", comment);
        var submit = new Button(getTranslation("rating.submit"), e -> {
            int[] values = new int[3];
            for (int i = 0; i < 3; i++) {
                values[i] = scores[i].getValue() == null ? 0 : scores[i].getValue();
            }
            try {
                engagements.rate(id, values, comment.getValue());
                EngagementLabels.act(this, () -> { }, "rating.submitted", changed);
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("rating-submit");
        box.add(comment, submit);
        return box;
    }
}
