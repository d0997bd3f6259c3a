#include "MainWindow.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Qourier"));
    QApplication::setOrganizationName(QStringLiteral("Qourier"));
    MainWindow window;
    window.show();
    return app.exec();
}
