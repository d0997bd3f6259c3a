<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ComposerController</name>
    <message numerus="yes">
        <source>“%1” was sent to %n recipient(s).</source>
        <translation>
            <numerusform>“%1” was sent to %n recipient.</numerusform>
            <numerusform>“%1” was sent to %n recipients.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” was sent to %n recipient(s), but the server refused: %2.</source>
        <translation>
            <numerusform>“%1” was sent to %n recipient, but the server refused: %2.</numerusform>
            <numerusform>“%1” was sent to %n recipients, but the server refused: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” was received by the sandbox for %n recipient(s). It stays on this computer: nobody else got it.</source>
        <translation>
            <numerusform>“%1” was received by the sandbox for %n recipient. It stays on this computer: nobody else got it.</numerusform>
            <numerusform>“%1” was received by the sandbox for %n recipients. It stays on this computer: nobody else got it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending in %n s…</source>
        <translation>
            <numerusform>Sending in %n s…</numerusform>
            <numerusform>Sending in %n s…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComposerWindow</name>
    <message numerus="yes">
        <source>%n attachment(s), %1</source>
        <translation>
            <numerusform>%n attachment, %1</numerusform>
            <numerusform>%n attachments, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting in the Outbox</source>
        <translation>
            <numerusform>%n waiting in the Outbox</numerusform>
            <numerusform>%n waiting in the Outbox</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageParser</name>
    <message numerus="yes">
        <source>The file is larger than %n MB, too large to show.</source>
        <translation>
            <numerusform>The file is larger than %n MB, too large to show.</numerusform>
            <numerusform>The file is larger than %n MB, too large to show.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message numerus="yes">
        <source>Remote content blocked: %n picture(s) or style sheet(s) would have been loaded from %1.</source>
        <translation>
            <numerusform>Remote content blocked: %n picture or style sheet would have been loaded from %1.</numerusform>
            <numerusform>Remote content blocked: %n pictures or style sheets would have been loaded from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s), %1</source>
        <translation>
            <numerusform>%n attachment, %1</numerusform>
            <numerusform>%n attachments, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>RCPT TO (%n recipient(s))</source>
        <translation>
            <numerusform>RCPT TO (%n recipient)</numerusform>
            <numerusform>RCPT TO (%n recipients)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>BDAT, %n chunk(s) (RFC 3030)</source>
        <translation>
            <numerusform>BDAT, %n chunk (RFC 3030)</numerusform>
            <numerusform>BDAT, %n chunks (RFC 3030)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxCommand</name>
    <message numerus="yes">
        <source>qourier outbox: %n message(s) may already have been delivered and wait for you: see `qourier outbox list`</source>
        <translation>
            <numerusform>qourier outbox: %n message may already have been delivered and waits for you: see `qourier outbox list`</numerusform>
            <numerusform>qourier outbox: %n messages may already have been delivered and wait for you: see `qourier outbox list`</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxWindow</name>
    <message numerus="yes">
        <source>%1

%n recipient(s) in no To or Cc header: Bcc, hidden from the others.</source>
        <translation>
            <numerusform>%1

%n recipient in no To or Cc header: Bcc, hidden from the others.</numerusform>
            <numerusform>%1

%n recipients in no To or Cc header: Bcc, hidden from the others.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in %1</source>
        <translation>
            <numerusform>%n message in %1</numerusform>
            <numerusform>%n messages in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message numerus="yes">
        <source>Sent %1 to %n recipient(s): %2</source>
        <translation>
            <numerusform>Sent %1 to %n recipient: %2</numerusform>
            <numerusform>Sent %1 to %n recipients: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendProgressPanel</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending in %n s…</source>
        <translation>
            <numerusform>Sending in %n s…</numerusform>
            <numerusform>Sending in %n s…</numerusform>
        </translation>
    </message>
</context>
</TS>
