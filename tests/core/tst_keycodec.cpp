// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/keycodec.h"

#include <QTest>

#include <algorithm>

using namespace Syncline;

class tst_KeyCodec : public QObject
{
    Q_OBJECT

private slots:
    void integersSortNumerically();
    void textSortsBytewiseAsUtf8();
    void compositeKeysSortByFirstThenSecond();
    void roundTrip();
    void nullKeyIsAnError();
    void rawKeyBindsWhatTheDatabaseReturns();
};

namespace {

bool lessBytes(const QByteArray& a, const QByteArray& b)
{
    return std::lexicographical_compare(
        a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) { return uchar(x) < uchar(y); });
}

QByteArray enc(const QVariantList& values, const QList<FieldType>& types)
{
    auto key = KeyCodec::encode(values, types);
    return key.ok() ? *key : QByteArray();
}

} // namespace

void tst_KeyCodec::integersSortNumerically()
{
    const QList<FieldType> t = { FieldType::of(FieldType::Kind::Integer) };
    const QList<qlonglong> values = { std::numeric_limits<qlonglong>::min(), -100, -1, 0, 1, 2, 255,
        256, 100000, std::numeric_limits<qlonglong>::max() };
    for (qsizetype i = 1; i < values.size(); ++i)
        QVERIFY(lessBytes(enc({ values[i - 1] }, t), enc({ values[i] }, t)));
}

void tst_KeyCodec::textSortsBytewiseAsUtf8()
{
    const QList<FieldType> t = { FieldType::of(FieldType::Kind::Text) };
    QStringList words = { QStringLiteral("zz"), QStringLiteral("a"), QStringLiteral("B"),
        QStringLiteral("é"), QStringLiteral("É"), QStringLiteral("😀"), QStringLiteral("\uFF21"),
        QStringLiteral("a\u0000b"), QStringLiteral("ab"), QStringLiteral("") };
    // Expected order: memcmp of UTF-8, which is what SQLite BINARY and PostgreSQL COLLATE "C" use.
    QStringList expected = words;
    std::sort(expected.begin(), expected.end(),
        [](const QString& a, const QString& b) { return lessBytes(a.toUtf8(), b.toUtf8()); });
    QStringList actual = words;
    std::sort(actual.begin(), actual.end(), [&](const QString& a, const QString& b) {
        return lessBytes(enc({ a }, t), enc({ b }, t));
    });
    QCOMPARE(actual, expected);
}

void tst_KeyCodec::compositeKeysSortByFirstThenSecond()
{
    const QList<FieldType> t
        = { FieldType::of(FieldType::Kind::Text), FieldType::of(FieldType::Kind::Integer) };
    QVERIFY(lessBytes(enc({ QStringLiteral("a"), 9 }, t), enc({ QStringLiteral("a"), 10 }, t)));
    QVERIFY(lessBytes(enc({ QStringLiteral("a"), 1000 }, t), enc({ QStringLiteral("ab"), 1 }, t)));
}

void tst_KeyCodec::roundTrip()
{
    const QList<FieldType> t = { FieldType::of(FieldType::Kind::Text),
        FieldType::of(FieldType::Kind::Integer), FieldType::of(FieldType::Kind::Blob) };
    const QVariantList values
        = { QStringLiteral("Zoë\u0000x"), qlonglong(-42), QByteArray("\0\xff\x01", 3) };
    const auto key = KeyCodec::encode(values, t);
    QVERIFY(key.ok());
    const auto back = KeyCodec::decode(*key, t);
    QVERIFY(back.ok());
    QCOMPARE(*back, values);
    QCOMPARE(KeyCodec::display({ QStringLiteral("name"), QStringLiteral("id") },
                 { QStringLiteral("x"), qlonglong(3) }, { t[0], t[1] }),
        QStringLiteral("name='x', id=3"));
}

void tst_KeyCodec::nullKeyIsAnError()
{
    const auto key = KeyCodec::encode({ QVariant() }, { FieldType::of(FieldType::Kind::Integer) });
    QVERIFY(!key.ok());
    QCOMPARE(key.error().kind, ErrorKind::BadInput);
}

// Integers, text and blobs bind as they are; dates and the like as the text the databases
// parse back into the same value.
void tst_KeyCodec::rawKeyBindsWhatTheDatabaseReturns()
{
    const QList<FieldType> t = { FieldType::of(FieldType::Kind::Integer),
        FieldType::of(FieldType::Kind::Text), FieldType::of(FieldType::Kind::Blob),
        FieldType::of(FieldType::Kind::Date), FieldType::of(FieldType::Kind::Bool) };
    const QVariantList canonical
        = { qlonglong(7), QStringLiteral("EU"), QByteArray("\0\x01", 2), qlonglong(19723), true };
    const QVariantList raw = KeyCodec::rawKey(canonical, t);
    QCOMPARE(raw.size(), canonical.size());
    QCOMPARE(raw[0], QVariant(qlonglong(7)));
    QCOMPARE(raw[1], QVariant(QStringLiteral("EU")));
    QCOMPARE(raw[2], QVariant(QByteArray("\0\x01", 2)));
    QCOMPARE(raw[3], QVariant(QStringLiteral("2024-01-01")));
    QCOMPARE(raw[4], QVariant(QStringLiteral("true")));
}

QTEST_GUILESS_MAIN(tst_KeyCodec)
#include "tst_keycodec.moc"
