#pragma once
// How the sandbox viewer turns an .eml file into a ParsedMessage without knowing how: app/
// implements it with GMime (app/MessageParser); tests may pass anything that fills the struct.
// Both calls are synchronous and return a ParsedMessage whose `valid` and `error` say how it went.

#include "ParsedMessage.h"

#include <QString>

class MessageReader
{
public:
    virtual ~MessageReader() = default;

    // Only the header block (for a list row: From, Subject, Date); cheap even for a 50 MB message.
    virtual ParsedMessage readHeaders(const QString& emlPath) = 0;
    // The whole message: bodies, inline parts, attachments and the raw source.
    virtual ParsedMessage read(const QString& emlPath) = 0;
};
