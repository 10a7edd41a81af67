package org.leadpact.app.notify;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Properties;
import org.leadpact.handoff.HandoffPacket;
import org.leadpact.handoff.PacketEmail;

/**
 * Sends the packet by SMTP as a multipart/alternative e-mail (plain text and HTML) to the rep, the
 * manager in copy when configured. SMTP has no idempotency: the Message-ID is derived from the delivery
 * id, and the id is in {@code X-LeadPact-Delivery}, so a receiver (or a mail filter) can recognise a
 * redelivery after a crash.
 */
final class MailSender implements Sender {
    private final NotifyConfig.Mail mail;
    private final boolean ccManager;
    private final Clock clock;
    private final Session session;

    MailSender(NotifyConfig.Mail mail, boolean ccManager, Clock clock) {
        this.mail = mail;
        this.ccManager = ccManager;
        this.clock = clock;
        this.session = Session.getInstance(properties(mail));
    }

    static Properties properties(NotifyConfig.Mail mail) {
        Properties p = new Properties();
        p.put("mail.transport.protocol", "smtp");
        p.put("mail.smtp.host", mail.host());
        p.put("mail.smtp.port", String.valueOf(mail.port()));
        String timeout = String.valueOf((mail.timeout() == null ? Duration.ofSeconds(10) : mail.timeout()).toMillis());
        p.put("mail.smtp.connectiontimeout", timeout);
        p.put("mail.smtp.timeout", timeout);
        p.put("mail.smtp.writetimeout", timeout);
        p.put("mail.smtp.auth", String.valueOf(mail.user() != null));
        switch (mail.tls()) {
            case STARTTLS -> {
                p.put("mail.smtp.starttls.enable", "true");
                p.put("mail.smtp.starttls.required", "true");
            }
            case SSL -> p.put("mail.smtp.ssl.enable", "true");
            case NONE -> { }
        }
        if (mail.tls() != NotifyConfig.Tls.NONE) {
            p.put("mail.smtp.ssl.checkserveridentity", "true");
        }
        return p;
    }

    /** The Message-ID of a delivery: the same on every attempt. */
    String messageId(Delivery d) {
        String from = mail.from();
        String domain = from.contains("@") ? from.substring(from.lastIndexOf('@') + 1).replace(">", "") : "leadpact";
        return "<" + d.id() + "@" + domain + ">";
    }

    /** A message to {@code target} with the delivery's stable Message-ID and id header, the body still to set. */
    private MimeMessage addressed(Delivery d, String target, String subject) throws MessagingException {
        String messageId = messageId(d);
        MimeMessage m = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        m.setFrom(new InternetAddress(mail.from()));
        m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(target));
        m.setSubject(subject, "UTF-8");
        m.setSentDate(Date.from(clock.instant()));
        m.setHeader(WebhookSender.DELIVERY_HEADER, d.id());
        return m;
    }

    MimeMessage message(Delivery d, String target, HandoffPacket packet, Recipient r) throws MessagingException {
        PacketEmail email = PacketEmail.of(packet);
        MimeMessage m = addressed(d, target, email.subject());
        if (ccManager && r != null && r.managerEmail() != null) {
            m.setRecipients(Message.RecipientType.CC, InternetAddress.parse(r.managerEmail()));
        }
        MimeBodyPart text = new MimeBodyPart();
        text.setText(email.text(), "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(email.html(), "UTF-8", "html");
        m.setContent(new MimeMultipart("alternative", text, html));
        m.saveChanges();
        return m;
    }

    /** A notice is plain text to one person (the manager is told by a notice of their own, not in copy). */
    MimeMessage notice(Delivery d, String target) throws MessagingException {
        MimeMessage m = addressed(d, target, d.notice().subject());
        m.setText(d.notice().text(), "UTF-8");
        m.saveChanges();
        return m;
    }

    @Override
    public void sendNotice(Delivery d, String target) throws DeliveryFailure {
        try {
            transmit(notice(d, target));
        } catch (MessagingException e) {
            throw refused(target, e);
        }
    }

    private void transmit(MimeMessage m) throws MessagingException {
        if (mail.user() == null) {
            Transport.send(m);
        } else {
            Transport.send(m, mail.user(), mail.password());
        }
    }

    private DeliveryFailure refused(String target, MessagingException e) {
        return new DeliveryFailure("SMTP " + mail.host() + ":" + mail.port() + " refused the e-mail to " + target
                + ": " + e.getMessage(), e);
    }

    @Override
    public void send(Delivery d, String target, HandoffPacket packet, Recipient r) throws DeliveryFailure {
        try {
            transmit(message(d, target, packet, r));
        } catch (MessagingException e) {
            throw refused(target, e);
        }
    }
}
