// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/canonicalformatter.h"
#include "core/canonicalizer.h"
#include "core/rowhasher.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

using namespace Syncline;

class tst_Canonicalizer : public QObject
{
    Q_OBJECT

private slots:
    void declaredTypes_data();
    void declaredTypes();
    void decimals_data();
    void decimals();
    void plainDecimalsMatchTheGeneralPath();
    void timestamps_data();
    void timestamps();
    void nullAndEmptyStayDistinct();
    void booleans_data();
    void booleans();
    void badValuesNameTheValue();
    void sameDatumHashesEqualAcrossDrivers();
    void formatterRoundTrips_data();
    void formatterRoundTrips();
};

void tst_Canonicalizer::declaredTypes_data()
{
    QTest::addColumn<QString>("declared");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("pg numeric") << "numeric(18,4)"
                                << "decimal(18,4)";
    QTest::newRow("sqlite decimal") << "DECIMAL(12, 2)"
                                    << "decimal(12,2)";
    QTest::newRow("numeric no scale") << "numeric"
                                      << "decimal";
    QTest::newRow("timestamptz") << "timestamp with time zone"
                                 << "timestamptz";
    QTest::newRow("timestamptz(3)") << "timestamp(3) with time zone"
                                    << "timestamptz";
    QTest::newRow("timestamp") << "timestamp without time zone"
                               << "timestamp";
    QTest::newRow("varchar") << "character varying(80)"
                             << "text";
    QTest::newRow("bigint") << "bigint"
                            << "integer";
    QTest::newRow("sqlite INT affinity") << "UNSIGNED BIG INT"
                                         << "integer";
    QTest::newRow("sqlite untyped") << ""
                                    << "any";
    QTest::newRow("bytea") << "bytea"
                           << "blob";
    QTest::newRow("bool") << "BOOLEAN"
                          << "boolean";
    QTest::newRow("double") << "double precision"
                            << "real";
    QTest::newRow("pg array") << "integer[]"
                              << "text";
}

void tst_Canonicalizer::declaredTypes()
{
    QFETCH(QString, declared);
    QFETCH(QString, canonical);
    QCOMPARE(FieldType::fromDeclared(declared).toString(), canonical);
}

void tst_Canonicalizer::decimals_data()
{
    QTest::addColumn<QVariant>("raw");
    QTest::addColumn<int>("scale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("exact 18 digits")
        << QVariant(QStringLiteral("12345678901234.5678")) << 4 << "12345678901234.5678";
    QTest::newRow("pad") << QVariant(QStringLiteral("12.5")) << 4 << "12.5000";
    QTest::newRow("round half up") << QVariant(QStringLiteral("0.00005")) << 4 << "0.0001";
    QTest::newRow("round negative") << QVariant(QStringLiteral("-1.23455")) << 4 << "-1.2346";
    QTest::newRow("carry") << QVariant(QStringLiteral("9.99995")) << 4 << "10.0000";
    QTest::newRow("negative zero") << QVariant(QStringLiteral("-0.00001")) << 4 << "0.0000";
    QTest::newRow("leading zeros") << QVariant(QStringLiteral("007.10")) << 2 << "7.10";
    QTest::newRow("sqlite real") << QVariant(1234.56) << 2 << "1234.56";
    QTest::newRow("sqlite integer") << QVariant(qlonglong(42)) << 2 << "42.00";
    QTest::newRow("exponent") << QVariant(QStringLiteral("1.5e3")) << 1 << "1500.0";
    QTest::newRow("no scale strips zeros") << QVariant(QStringLiteral("1.2300")) << -1 << "1.23";
}

void tst_Canonicalizer::decimals()
{
    QFETCH(QVariant, raw);
    QFETCH(int, scale);
    QFETCH(QString, expected);
    const auto value
        = Canonicalizer::canonicalize(raw, FieldType::decimal(scale < 0 ? -1 : 18, scale));
    QVERIFY2(value.ok(), qPrintable(value.error().message));
    QCOMPARE(value->toString(), expected);
}

// Plain decimals take a one-pass path; a leading blank sends the same text down the general
// one (which trims it). Both must agree on every shape: signs, zeros, scales, rounding.
void tst_Canonicalizer::plainDecimalsMatchTheGeneralPath()
{
    QRandomGenerator random(42);
    const QStringList samples { QStringLiteral("0"), QStringLiteral("-0"), QStringLiteral("+0.0"),
        QStringLiteral(".5"), QStringLiteral("5."), QStringLiteral("-.000"), QStringLiteral("0007"),
        QStringLiteral("-0.00001"), QStringLiteral("9.99995"), QStringLiteral("1.2300"),
        QStringLiteral("."), QStringLiteral("-"), QStringLiteral("1..2"), QStringLiteral("1.2.3"),
        QStringLiteral("12a"), QStringLiteral("١٢") };
    QStringList texts = samples;
    const QString alphabet = QStringLiteral("0123456789900.-+");
    for (int n = 0; n < 5000; ++n) {
        QString text;
        const int length = 1 + int(random.bounded(12));
        for (int i = 0; i < length; ++i)
            text.append(alphabet[int(random.bounded(alphabet.size()))]);
        texts.append(text);
    }
    for (const QString& text : std::as_const(texts)) {
        for (int scale : { -1, 0, 1, 2, 4 }) {
            const auto plain = Canonicalizer::normalizeDecimal(text, scale);
            const auto general = Canonicalizer::normalizeDecimal(QString(u' ' + text), scale);
            QVERIFY2(plain == general,
                qPrintable(QStringLiteral("'%1' scale %2: %3 vs %4")
                               .arg(text)
                               .arg(scale)
                               .arg(plain.value_or(QStringLiteral("(invalid)")),
                                   general.value_or(QStringLiteral("(invalid)")))));
        }
    }
}

void tst_Canonicalizer::timestamps_data()
{
    QTest::addColumn<QVariant>("raw");
    QTest::addColumn<QString>("utc");
    QTest::newRow("pg tz") << QVariant(QStringLiteral("2024-03-31 01:59:59.123456+00"))
                           << "2024-03-31 01:59:59.123456+00:00";
    QTest::newRow("offset") << QVariant(QStringLiteral("2024-03-31T03:59:59.123456+02:00"))
                            << "2024-03-31 01:59:59.123456+00:00";
    QTest::newRow("negative offset")
        << QVariant(QStringLiteral("2023-12-31 20:30:00-05:30")) << "2024-01-01 02:00:00+00:00";
    QTest::newRow("zulu") << QVariant(QStringLiteral("2024-01-01T00:00:00Z"))
                          << "2024-01-01 00:00:00+00:00";
    QTest::newRow("date only") << QVariant(QStringLiteral("2024-02-29"))
                               << "2024-02-29 00:00:00+00:00";
    QTest::newRow("unix seconds") << QVariant(qlonglong(86400)) << "1970-01-02 00:00:00+00:00";
    QTest::newRow("before epoch") << QVariant(QStringLiteral("1969-12-31 23:59:59.5+00"))
                                  << "1969-12-31 23:59:59.5+00:00";
    QTest::newRow("QDateTime utc") << QVariant(QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC))
                                   << "2024-05-01 10:00:00+00:00";
}

void tst_Canonicalizer::timestamps()
{
    QFETCH(QVariant, raw);
    QFETCH(QString, utc);
    const FieldType type = FieldType::of(FieldType::Kind::TimestampTz);
    const auto value = Canonicalizer::canonicalize(raw, type);
    QVERIFY2(value.ok(), qPrintable(value.error().message));
    QCOMPARE(CanonicalFormatter::toText(*value, type), utc);
}

void tst_Canonicalizer::nullAndEmptyStayDistinct()
{
    const FieldType text = FieldType::of(FieldType::Kind::Text);
    const auto null = Canonicalizer::canonicalize(QVariant(), text);
    const auto empty = Canonicalizer::canonicalize(QVariant(QString()), text);
    QVERIFY(null.ok() && empty.ok());
    QVERIFY(!null->isValid());
    QVERIFY(empty->isValid());
    RowHasher hasher;
    QVERIFY(hasher.hash({ *null }, { text }) != hasher.hash({ *empty }, { text }));
}

void tst_Canonicalizer::booleans_data()
{
    QTest::addColumn<QVariant>("raw");
    QTest::addColumn<bool>("expected");
    QTest::newRow("sqlite 1") << QVariant(qlonglong(1)) << true;
    QTest::newRow("sqlite 0") << QVariant(qlonglong(0)) << false;
    QTest::newRow("pg true") << QVariant(QStringLiteral("true")) << true;
    QTest::newRow("pg f") << QVariant(QStringLiteral("f")) << false;
    QTest::newRow("bool") << QVariant(true) << true;
}

void tst_Canonicalizer::booleans()
{
    QFETCH(QVariant, raw);
    QFETCH(bool, expected);
    const auto value = Canonicalizer::canonicalize(raw, FieldType::of(FieldType::Kind::Bool));
    QVERIFY(value.ok());
    QCOMPARE(value->toBool(), expected);
}

void tst_Canonicalizer::badValuesNameTheValue()
{
    const auto notInt = Canonicalizer::canonicalize(
        QVariant(QStringLiteral("abc")), FieldType::of(FieldType::Kind::Integer));
    QVERIFY(!notInt.ok());
    QCOMPARE(notInt.error().kind, ErrorKind::BadInput);
    QVERIFY2(notInt.error().message.contains(QStringLiteral("'abc'")),
        qPrintable(notInt.error().message));
    const auto tooBig
        = Canonicalizer::canonicalize(QVariant(QStringLiteral("123456")), FieldType::decimal(5, 2));
    QVERIFY(!tooBig.ok());
    QVERIFY(tooBig.error().message.contains(QStringLiteral("out of range")));
    const auto badTime = Canonicalizer::canonicalize(
        QVariant(QStringLiteral("yesterday")), FieldType::of(FieldType::Kind::Timestamp));
    QVERIFY(!badTime.ok());
}

void tst_Canonicalizer::sameDatumHashesEqualAcrossDrivers()
{
    // The same row as SQLite (typed storage classes) and PostgreSQL (text) deliver it.
    const QList<FieldType> types = { FieldType::of(FieldType::Kind::Integer),
        FieldType::decimal(18, 4), FieldType::of(FieldType::Kind::TimestampTz),
        FieldType::of(FieldType::Kind::Bool), FieldType::of(FieldType::Kind::Blob) };
    const QVariantList sqlite = { qlonglong(7), QStringLiteral("12.5"),
        QStringLiteral("2024-01-01T12:00:00+01:00"), qlonglong(1), QByteArray("\0\1", 2) };
    const QVariantList postgres = { QStringLiteral("7"), QStringLiteral("12.5000"),
        QStringLiteral("2024-01-01 11:00:00+00"), QStringLiteral("true"), QByteArray("\0\1", 2) };
    QVariantList a, b;
    for (qsizetype i = 0; i < types.size(); ++i) {
        a.append(*Canonicalizer::canonicalize(sqlite[i], types[i]));
        b.append(*Canonicalizer::canonicalize(postgres[i], types[i]));
    }
    RowHasher hasher;
    QCOMPARE(hasher.hash(a, types), hasher.hash(b, types));
    // Stable across processes: a fixed expectation, not qHash.
    RowHasher other;
    QCOMPARE(other.hash(a, types), hasher.hash(b, types));
}

void tst_Canonicalizer::formatterRoundTrips_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("text");
    QTest::newRow("decimal") << "decimal(18,4)"
                             << "-12345678901234.5678";
    QTest::newRow("timestamp") << "timestamp"
                               << "2024-03-31 02:30:00.000001";
    QTest::newRow("date") << "date"
                          << "1999-12-31";
    QTest::newRow("ancient date") << "date"
                                  << "0044-03-15";
    QTest::newRow("real") << "real"
                          << "0.1";
    QTest::newRow("bool") << "boolean"
                          << "false";
}

void tst_Canonicalizer::formatterRoundTrips()
{
    QFETCH(QString, type);
    QFETCH(QString, text);
    const FieldType t = *FieldType::parseCast(type);
    const auto value = Canonicalizer::canonicalize(QVariant(text), t);
    QVERIFY2(value.ok(), qPrintable(value.error().message));
    QCOMPARE(CanonicalFormatter::toText(*value, t), text);
}

QTEST_GUILESS_MAIN(tst_Canonicalizer)
#include "tst_canonicalizer.moc"
