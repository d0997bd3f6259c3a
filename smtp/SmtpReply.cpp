#include "SmtpReply.h"

bool SmtpReply::is(int prefix) const
{
    if (prefix >= 100)
        return code == prefix;
    if (prefix >= 10)
        return code / 10 == prefix;
    return code / 100 == prefix;
}
