package org.jigai.selection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.jigai.base.InvalidInputException;
import org.jigai.base.ui.FormErrors;
import org.jigai.base.ui.Labels;
import org.jigai.base.ui.Notices;
import org.jigai.base.ui.ReasonDialog;
import org.jigai.selection.CriterionScore;
import org.jigai.selection.ReviewService;
import org.jigai.selection.SelectionService;
import org.jigai.selection.SelectionViews.ReviewDetails;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * An expert's review of one assigned case: the case (without the applicants' names when the call is blind), a score
 * and a comment per criterion and an overall comment, or an abstention with its reason. The other experts' scores
 * appear (as 专家 A, B …) only once this expert's are in.
 */
@Route("selection/review/:id")
@RolesAllowed("EXPERT")
class ReviewView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ReviewService reviews;
    private long id;
    private String title = "";

    ReviewView(ReviewService reviews) {
        this.reviews = reviews;
        addClassName("jigai-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            render();
        } catch (NumberFormatException | NoSuchElementException e) {
            throw new NotFoundException();
        }
    }

    private void render() {
        removeAll();
        ReviewDetails d = reviews.review(id);
        var t = d.text();
        title = t.title();
        add(new Anchor("selection", getTranslation("selection.back")), new H2(t.title()));
        var state = new com.vaadin.flow.component.badge.Badge(getTranslation(d.state().labelKey()));
        state.setId("review-state");
        add(new HorizontalLayout(state), new Paragraph(d.call().title() + " · " + getTranslation(
                "selection.reviews.until", SelectionLabels.date(this, d.call().reviewCloses()))));
        if (d.call().blind()) {
            var blind = new Paragraph(getTranslation("selection.review.blind"));
            blind.addClassName("jigai-muted");
            add(blind);
        }
        var facts = new org.jigai.base.ui.Facts()
                .fact("need.industry", t.industry() == null ? "" : getTranslation(t.industry().labelKey()))
                .fact("selection.region", Labels.region(this, t.region()))
                .fact("need.directions", Labels.join(this, t.directions()))
                .fact("selection.investment", t.investmentWan() == null ? ""
                        : getTranslation("selection.wan", SelectionLabels.number(t.investmentWan())));
        if (t.enterpriseName() != null) {
            facts.fact("selection.enterprise", t.enterpriseName());
        }
        if (t.providerName() != null) {
            facts.fact("selection.provider", t.providerName());
        }
        add(facts);
        text("selection.background", t.background());
        text("selection.work", t.work());
        add(new H3(getTranslation("selection.results")));
        t.results().forEach(r -> add(new Paragraph(SelectionLabels.figure(this, r))));
        var photos = new Div();
        photos.addClassName("jigai-photos");
        t.photos().forEach(p -> {
            var img = new Image("case-files/" + t.nominationId() + "/" + p.id(), p.name());
            img.addClassName("jigai-photo");
            photos.add(img);
        });
        add(photos);
        t.documents().forEach(f -> {
            var link = new Anchor("case-files/" + t.nominationId() + "/" + f.id(), f.name());
            link.setRouterIgnore(true);
            add(new Paragraph(link));
        });
        add(new H3(getTranslation("selection.review.scores", d.call().scoreScale())));
        if (d.mayScore()) {
            form(d);
        } else {
            mine(d);
        }
        if (!d.others().isEmpty()) {
            add(new H3(getTranslation("selection.review.others")));
            var box = new Div();
            box.setId("review-others");
            for (var o : d.others()) {
                String head = getTranslation("selection.review.alias", o.alias()) + " · "
                        + getTranslation(o.state().labelKey())
                        + (o.total() == null ? "" : " · " + getTranslation("selection.review.total",
                                SelectionLabels.score(o.total())));
                box.add(new Paragraph(head));
                for (int i = 0; i < o.scores().size() && i < d.call().criteria().size(); i++) {
                    box.add(new Paragraph(getTranslation("selection.review.scoreLine", d.call().criteria().get(i)
                            .name(), o.scores().get(i).score(), o.scores().get(i).comment())));
                }
                if (o.comment() != null) {
                    box.add(new Paragraph(o.comment()));
                }
                if (o.abstainReason() != null) {
                    box.add(new Paragraph(getTranslation("selection.review.abstained", o.abstainReason())));
                }
            }
            add(box);
        } else if (!d.mayScore()) {
            var none = new Paragraph(getTranslation("selection.review.noOthers"));
            none.addClassName("jigai-muted");
            add(none);
        } else {
            var hidden = new Paragraph(getTranslation("selection.review.othersHidden"));
            hidden.addClassName("jigai-muted");
            add(hidden);
        }
    }

    private void text(String key, @org.jspecify.annotations.Nullable String value) {
        if (value != null) {
            add(new H3(getTranslation(key)));
            var p = new Paragraph(value);
            p.addClassName("jigai-multiline");
            add(p);
        }
    }

    private void mine(ReviewDetails d) {
        var box = new Div();
        box.setId("review-mine");
        if (d.abstainReason() != null) {
            box.add(new Paragraph(getTranslation("selection.review.abstained", d.abstainReason())));
        }
        for (int i = 0; i < d.scores().size() && i < d.call().criteria().size(); i++) {
            CriterionScore s = d.scores().get(i);
            box.add(new Paragraph(getTranslation("selection.review.scoreLine", d.call().criteria().get(i).name(),
                    s.score(), s.comment())));
        }
        if (d.total() != null) {
            box.add(new Paragraph(getTranslation("selection.review.total", SelectionLabels.score(d.total()))));
        }
        if (d.comment() != null) {
            box.add(new Paragraph(d.comment()));
        }
        if (d.scores().isEmpty() && d.abstainReason() == null) {
            box.add(new Paragraph(getTranslation("selection.review.closed")));
        }
        add(box);
    }

    private void form(ReviewDetails d) {
        var errors = new FormErrors(this);
        List<IntegerField> scores = new ArrayList<>();
        List<TextField> comments = new ArrayList<>();
        var box = new Div();
        box.setId("review-form");
        for (int i = 0; i < d.call().criteria().size(); i++) {
            var c = d.call().criteria().get(i);
            var score = new IntegerField(getTranslation("selection.review.criterion", c.name(), c.weight()));
            score.setMin(0);
            score.setMax(d.call().scoreScale());
            score.setStepButtonsVisible(true);
            score.setHelperText(getTranslation("selection.review.whole", d.call().scoreScale()));
            score.setId("score-" + i);
            score.setRequiredIndicatorVisible(true);
            var comment = new TextField(getTranslation("selection.review.comment"));
            comment.setId("score-comment-" + i);
            comment.setMaxLength(CriterionScore.COMMENT_MAX);
            comment.setRequiredIndicatorVisible(true);
            comment.setWidth("min(100%, 28em)");
            errors.field("score" + i, score).field("comment" + i, comment);
            var row = new HorizontalLayout(score, comment);
            row.setWrap(true);
            box.add(row);
            scores.add(score);
            comments.add(comment);
        }
        var overall = new TextArea(getTranslation("selection.review.overall"));
        overall.setId("review-comment");
        overall.setMaxLength(ReviewService.COMMENT_MAX);
        overall.setWidthFull();
        overall.setRequiredIndicatorVisible(true);
        overall.setHelperText(getTranslation("selection.review.overallHelp", ReviewService.COMMENT_MIN));
        errors.field("comment", overall);
        Runnable send = () -> {
            try {
                errors.clear();
                reviews.submit(id, d.version(), scores.stream().map(IntegerField::getValue).toList(),
                        comments.stream().map(TextField::getValue).toList(), overall.getValue());
                Notices.done(this, "selection.review.submitted");
                render();
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            } catch (OptimisticLockingFailureException stale) {
                Notices.refused(this, InvalidInputException.of("comment", "selection.error.stale"));
            }
        };
        var submit = new Button(getTranslation("selection.reviewTransition.SUBMIT"), e -> {
            var confirm = new com.vaadin.flow.component.confirmdialog.ConfirmDialog(
                    getTranslation("selection.reviewTransition.SUBMIT"), getTranslation("selection.review.confirm"),
                    getTranslation("selection.reviewTransition.SUBMIT"), x -> send.run());
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.open();
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("review-submit");
        var abstain = new Button(getTranslation("selection.reviewTransition.ABSTAIN"), e -> ReasonDialog.ask(this,
                "selection.reviewTransition.ABSTAIN", "selection.review.abstainReason", SelectionService.REASON_MAX,
                reason -> reviews.abstain(id, reason), "selection.review.abstainDone", this::render));
        abstain.setId("review-abstain");
        var help = new Paragraph(getTranslation("selection.review.help"));
        help.addClassName("jigai-muted");
        box.add(overall, help, new HorizontalLayout(submit, abstain));
        add(box);
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
