#pragma once

// Answering a modal dialog from a test: the app blocks in the dialog's exec(), so the answer runs from a timer
// once the dialog is up, active and settled, as a person would answer it.

#include <functional>
#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QPointer>
#include <QTimer>
#include <QtTest>

namespace Triplewin::Test {

/// Runs @p answer on the next modal dialog of type T (waits up to 10 s). Another dialog, or none, fails the test;
/// the other dialog is rejected so the app never waits in it forever, and so is T's if @p answer failed.
template<typename T>
void whenModal(QObject *context, std::function<void(T *)> answer)
{
    auto *poll = new QTimer(context);
    auto *waited = new QElapsedTimer;
    waited->start();
    QObject::connect(poll, &QTimer::timeout, context, [poll, waited, answer] {
        QWidget *modal = QApplication::activeModalWidget();
        auto *dialog = qobject_cast<T *>(modal);
        if (!dialog && waited->elapsed() < 10000)
            return;
        poll->stop();
        poll->deleteLater();
        delete waited;
        if (!dialog) {
            QString what = QStringLiteral("no dialog");
            if (modal) {
                auto *box = qobject_cast<QMessageBox *>(modal);
                what = modal->windowTitle() + (box ? QStringLiteral(": ") + box->text() : QString());
            }
            if (auto *other = qobject_cast<QDialog *>(modal))
                other->reject();
            QFAIL(qPrintable(QStringLiteral("the expected dialog did not show; instead: ") + what));
        }
        if (!QTest::qWaitForWindowActive(dialog))
            qWarning("the dialog was never activated");
        QTest::qWait(50); // a person reads a dialog before answering: its show and focus events have settled
        if (!dialog->isVisible())
            return;
        const QPointer<T> guard(dialog);
        answer(dialog);
        if (QTest::currentTestFailed() && guard && guard->isVisible())
            guard->reject();
    });
    poll->start(20);
}

} // namespace Triplewin::Test
