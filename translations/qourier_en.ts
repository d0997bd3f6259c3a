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
</context>
</TS>
