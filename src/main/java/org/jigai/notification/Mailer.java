package org.jigai.notification;

import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends e-mail through the SMTP server of {@code JIGAI_SMTP_HOST} (port, user, password, sender address from
 * {@code JIGAI_SMTP_PORT}, {@code _USER}, {@code _PASSWORD}, {@code _FROM}). Without a host it is off: nothing is
 * sent, nothing fails, notifications stay in the centre.
 */
@Component
class Mailer {

    private final @Nullable JavaMailSenderImpl sender;
    private final String from;

    Mailer(@Value("${jigai.smtp.host:}") String host, @Value("${jigai.smtp.port:25}") int port,
            @Value("${jigai.smtp.user:}") String user, @Value("${jigai.smtp.password:}") String password,
            @Value("${jigai.smtp.from:noreply@jigai.local}") String from,
            @Value("${jigai.smtp.starttls:false}") boolean starttls) {
        this.from = from;
        if (host.isBlank()) {
            sender = null;
            return;
        }
        var s = new JavaMailSenderImpl();
        s.setHost(host.strip());
        s.setPort(port);
        if (!user.isBlank()) {
            s.setUsername(user);
            s.setPassword(password);
        }
        s.setDefaultEncoding("UTF-8");
        Properties props = s.getJavaMailProperties();
        props.put("mail.smtp.auth", String.valueOf(!user.isBlank()));
        props.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "10000");
        props.put("mail.smtp.writetimeout", "10000");
        sender = s;
    }

    boolean configured() {
        return sender != null;
    }

    /** Sends one plain-text message; false (logged) when the server refused it, so the caller can try later. */
    boolean send(String to, String subject, String text) {
        if (sender == null) {
            return false;
        }
        try {
            MimeMessage message = sender.createMimeMessage();
            var helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(text, false);
            sender.send(message);
            return true;
        } catch (Exception e) {
            org.slf4j.LoggerFactory.getLogger(Mailer.class).warn("e-mail to {} failed: {}", to, e.getMessage());
            return false;
        }
    }
}
