#pragma once

#include <QList>
#include <QWidget>

namespace Triplewin::Ui {

/// A QR code of a short text (the workshop room's address), encoded by libqrencode and drawn square, black on white
/// with its quiet zone whatever the theme: phone cameras read it off a projector.
class QrCodeView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QrCodeView)

public:
    explicit QrCodeView(QWidget *parent = nullptr);

    /// Encodes @p text (error correction M). Empty text shows nothing.
    void setText(const QString &text);
    QString text() const { return m_text; }
    /// Modules per side, 0 when nothing is encoded.
    int moduleCount() const { return m_size; }
    /// The code drawn @p pixels wide (quiet zone included), for a test to read back.
    QImage image(int pixels) const;

    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void paint(QPainter &painter, const QRect &square) const;

    QString m_text;
    int m_size = 0;
    QList<bool> m_dark; ///< row by row, m_size × m_size
};

} // namespace Triplewin::Ui
