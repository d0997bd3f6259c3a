#!/bin/sh
# Guards the promises the link line cannot: smtp/ never includes Gui or Widgets headers, and no
# product code blocks the event loop (waitFor*, nested event loops, processEvents, sleeps).
# Usage: check-layering.sh SOURCE_DIR
src=${1:?source dir}
status=0
if grep -rnE '#include <(QtWidgets|QtGui|QWidget|QApplication|QGuiApplication|QImage|QPixmap|QIcon|QColor|QFont)' "$src/smtp"; then
    echo "smtp/ must link Qt Core and Network only" >&2
    status=1
fi
if grep -rnE '\b(waitForConnected|waitForReadyRead|waitForBytesWritten|waitForEncrypted|waitForDisconnected|waitForFinished|waitForStarted|processEvents|QEventLoop|QThread::(m|u)?sleep|usleep|nanosleep)\b' \
    "$src/smtp" "$src/app" "$src/ui" | grep -vE '^\S+:[0-9]+:\s*//'; then
    echo "product code must not block the event loop" >&2
    status=1
fi
[ $status = 0 ] && echo "layering: ok"
exit $status
