// SPDX-License-Identifier: GPL-3.0-or-later
#include "latencyrecorder.h"

#include <QtGlobal>

#include <cmath>

namespace Syncline {

namespace {

constexpr double s_gamma = 1.02; // bin i holds (gamma^(i-1), gamma^i]
constexpr double s_smallest = 1e-3; // one microsecond, in milliseconds
const double s_logGamma = std::log(s_gamma);

} // namespace

void LatencyRecorder::add(double milliseconds)
{
    if (!std::isfinite(milliseconds))
        return;
    if (m_count == 0) {
        m_min = m_max = milliseconds;
    } else {
        m_min = qMin(m_min, milliseconds);
        m_max = qMax(m_max, milliseconds);
    }
    ++m_count;
    m_sum += milliseconds;
    if (milliseconds < s_smallest)
        ++m_zero;
    else
        ++m_bins[int(std::ceil(std::log(milliseconds) / s_logGamma))];
}

void LatencyRecorder::merge(const LatencyRecorder& other)
{
    if (other.m_count == 0)
        return;
    if (m_count == 0) {
        *this = other;
        return;
    }
    for (const auto& [bin, n] : other.m_bins)
        m_bins[bin] += n;
    m_zero += other.m_zero;
    m_count += other.m_count;
    m_sum += other.m_sum;
    m_min = qMin(m_min, other.m_min);
    m_max = qMax(m_max, other.m_max);
}

void LatencyRecorder::clear()
{
    *this = LatencyRecorder();
}

double LatencyRecorder::quantile(double q) const
{
    if (m_count == 0)
        return 0;
    const auto rank = qint64(std::floor(qBound(0.0, q, 1.0) * double(m_count - 1)));
    qint64 seen = m_zero;
    if (rank < seen)
        return m_min;
    for (const auto& [bin, n] : m_bins) {
        seen += n;
        if (rank < seen) {
            // The middle of the bin in relative terms: within (gamma - 1) / 2 of any value in it.
            const double value = 2 * std::pow(s_gamma, bin) / (s_gamma + 1);
            return qBound(m_min, value, m_max);
        }
    }
    return m_max;
}

MetricSummary LatencyRecorder::sample() const
{
    if (m_count == 0)
        return {};
    return { m_count, m_sum, m_min, m_max, quantile(0.5), quantile(0.95) };
}

} // namespace Syncline
