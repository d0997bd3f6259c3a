#include "MainWindow.h"

#include <QLabel>

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Qourier"));
    auto* label = new QLabel(tr("Qourier"), this);
    label->setAccessibleName(tr("Welcome"));
    setCentralWidget(label);
    resize(800, 600);
}
