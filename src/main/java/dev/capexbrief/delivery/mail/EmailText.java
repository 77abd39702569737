package dev.capexbrief.delivery.mail;

/** The written parts of a briefing email: a one-line subject and the plain-text and HTML bodies. */
record EmailText(String subject, String plain, String html) {
}
