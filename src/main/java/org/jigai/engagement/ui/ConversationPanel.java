package org.jigai.engagement.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import java.util.ArrayList;
import java.util.List;
import org.jigai.base.FileStore;
import org.jigai.base.Formats;
import org.jigai.base.InvalidInputException;
import org.jigai.base.ui.BoundedUploadHandler;
import org.jigai.base.ui.FormErrors;
import org.jigai.engagement.EngagementDetails;
import org.jigai.engagement.EngagementService;
import org.jigai.engagement.MessageView;
import org.jigai.engagement.Transition;
import org.springframework.data.domain.PageRequest;

/**
 * The conversation: the latest messages (the newest 30 when opened, then each new one as it arrives), oldest at the top, each with its author, time and (for one's own) whether
 * the other side has read it; a box to write and a file to send. Opening it marks the other side's messages read.
 */
class ConversationPanel extends Div {

    static final int SHOWN = 30;

    private final transient EngagementService engagements;
    private final long id;
    private EngagementDetails details;
    private final Div list = new Div();
    private final TextArea text = new TextArea();
    private final Div composer = new Div();
    /** The newest message shown (-1 before the first rendering). */
    private long lastShown = -1;
    private Paragraph empty;
    /** The meta line of each of the reader's own messages not yet read by the other side. */
    private final java.util.Map<Long, Span> receipts = new java.util.HashMap<>();

    ConversationPanel(EngagementService engagements, EngagementDetails details) {
        this.engagements = engagements;
        this.id = details.id();
        this.details = details;
        addClassName("jigai-conversation");
        list.addClassName("jigai-messages");
        list.setId("engagement-messages");
        list.getElement().setAttribute("role", "log");
        list.getElement().setAttribute("aria-live", "polite");
        text.setPlaceholder(getTranslation("conversation.placeholder"));
        text.setAriaLabel(getTranslation("conversation.placeholder"));
        text.setMaxLength(EngagementService.TEXT_MAX);
        text.setWidthFull();
        text.setId("conversation-text");
        var errors = new FormErrors(this).field("text", text);
        var send = new Button(getTranslation("conversation.send"), e -> {
            try {
                engagements.send(id, text.getValue(), null, null);
                text.clear();
                errors.clear();
                render();
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("conversation-send");
        send.addClickShortcut(com.vaadin.flow.component.Key.ENTER, com.vaadin.flow.component.KeyModifier.CONTROL);
        composer.addClassName("jigai-composer");
        composer.add(text, send, upload());
        add(list, composer);
        render();
    }

    private Upload upload() {
        var upload = new Upload(new BoundedUploadHandler(FileStore.MAX_BYTES, (metadata, data) -> {
            UI ui = UI.getCurrent();
            try {
                engagements.send(id, text.getValue(), metadata.fileName(), data);
                text.clear();
            } catch (InvalidInputException invalid) {
                EngagementLabels.refused(this, invalid);
            }
            if (ui != null) {
                render();
            }
        }, () -> Notification.show(getTranslation("file.error.tooLarge", FileStore.MAX_BYTES / 1024 / 1024), 6000,
                Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR)));
        upload.setMaxFileSize((int) FileStore.MAX_BYTES);
        upload.setAcceptedFileTypes(FileStore.ACCEPTED_EXTENSIONS.toArray(String[]::new));
        EngagementLabels.translate(upload);
        upload.setUploadButton(new Button(getTranslation("conversation.attach")));
        upload.setDropAllowed(false);
        upload.addClassName("jigai-attach");
        return upload;
    }

    void refresh(EngagementDetails next) {
        details = next;
        render();
    }

    /**
     * Brings the list up to date: the first time the latest {@link #SHOWN} messages, then only the ones after the last
     * shown (a live signal costs one small query, not a redraw); read receipts on the reader's own messages follow the
     * other side's read mark.
     */
    private void render() {
        composer.setVisible(details.may(Transition.SEND_MESSAGE));
        List<MessageView> fresh;
        if (lastShown < 0) {
            fresh = new ArrayList<>(engagements.messages(id, PageRequest.of(0, SHOWN)).getContent());
            java.util.Collections.reverse(fresh);
            lastShown = 0;
            if (fresh.isEmpty()) {
                empty = new Paragraph(getTranslation("conversation.empty"));
                list.add(empty);
            }
        } else {
            fresh = engagements.messagesAfter(id, lastShown);
        }
        if (!fresh.isEmpty() && empty != null) {
            list.remove(empty);
            empty = null;
        }
        boolean unreadFromOther = false;
        for (MessageView m : fresh) {
            list.add(bubble(m));
            lastShown = Math.max(lastShown, m.id());
            unreadFromOther |= !m.mine();
        }
        long readUpTo = engagements.readByOtherSide(id);
        receipts.entrySet().removeIf(entry -> {
            if (entry.getKey() <= readUpTo) {
                entry.getValue().setText(entry.getValue().getText() + " · " + getTranslation("conversation.read"));
                return true;
            }
            return false;
        });
        if (unreadFromOther && details.summary().side() != null) {
            engagements.markRead(id);
        }
        if (!fresh.isEmpty()) {
            list.getElement().executeJs("this.scrollTop = this.scrollHeight");
        }
    }

    private Div bubble(MessageView m) {
        var bubble = new Div();
        bubble.addClassNames("jigai-message", m.mine() ? "jigai-message-mine" : "jigai-message-theirs");
        String author = EngagementService.ANONYMOUS.equals(m.author()) ? getTranslation("need.anonymousEnterprise")
                : m.author();
        var meta = new Span(author + " · " + getTranslation(m.side().labelKey()) + " · "
                + Formats.dateTime(m.sentAt(), getLocale()) + (m.mine() && m.read() ? " · " + getTranslation("conversation.read") : ""));
        meta.addClassName("jigai-muted");
        if (m.mine() && !m.read()) {
            receipts.put(m.id(), meta);
        }
        bubble.add(meta);
        if (!m.text().isEmpty()) { // a file may come without words
            var body = new Paragraph(m.text());
            body.addClassName("jigai-multiline");
            bubble.add(body);
        }
        if (m.file() != null) {
            var link = new Anchor("files/engagements/" + id + "/" + m.file().id(), m.file().name());
            link.setRouterIgnore(true);
            link.getElement().setAttribute("download", true);
            bubble.add(link);
        }
        return bubble;
    }
}
