// Draws the overview's trend chart with ECharts (served from the webjar). Data comes from the element's
// data-chart attribute; every name reaches the page as text (legend and axes are canvas; the tooltip escapes).
(function () {
  'use strict';

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function pct(v) {
    return v === null || v === undefined ? '—' : (v * 100).toFixed(1) + '%';
  }

  function draw(element) {
    var data = JSON.parse(element.dataset.chart);
    if (!data.periods || !window.echarts) {
      return;
    }
    var palette = ['#64748b', '#0e7490', '#b45309', '#be185d', '#15803d', '#7c3aed', '#9f1239'];
    var series = [];
    var focus = null;
    data.lines.forEach(function (line, index) {
      if (line.focus) {
        focus = line;
        return;
      }
      series.push({
        name: line.name, type: 'line', data: line.value, connectNulls: false, showSymbol: false,
        lineStyle: { width: 1.5, color: palette[index % palette.length] }, itemStyle: { color: palette[index % palette.length] }
      });
    });
    if (focus) {
      series.push({ name: 'low', type: 'line', data: focus.low, stack: 'interval', lineStyle: { opacity: 0 },
        showSymbol: false, silent: true, tooltip: { show: false } });
      series.push({ name: '95% interval', type: 'line', stack: 'interval', showSymbol: false, silent: true,
        data: focus.high.map(function (h, i) { return h === null || focus.low[i] === null ? null : h - focus.low[i]; }),
        lineStyle: { opacity: 0 }, areaStyle: { color: 'rgba(55, 48, 163, 0.16)' } });
      series.push({ name: focus.name, type: 'line', data: focus.value, showSymbol: true, symbolSize: 5,
        lineStyle: { width: 3, color: '#3730a3' }, itemStyle: { color: '#3730a3' }, z: 5 });
    }
    var chart = window.echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      legend: { top: 0, data: data.lines.map(function (l) { return l.name; }), textStyle: { color: '#374151' } },
      xAxis: { type: 'category', data: data.periods, axisLabel: { color: '#4b5563', hideOverlap: true } },
      yAxis: { type: 'value', min: 0, axisLabel: { color: '#4b5563', formatter: function (v) { return (v * 100).toFixed(0) + '%'; } } },
      tooltip: {
        trigger: 'axis',
        formatter: function (items) {
          if (!items.length) { return ''; }
          var index = items[0].dataIndex;
          var rows = ['<strong>' + escapeHtml(data.periods[index]) + '</strong>'];
          data.lines.forEach(function (line) {
            var text = escapeHtml(line.name) + ': ' + pct(line.value[index]) + ' (n = ' + line.n[index] + ')';
            if (line.focus && line.low[index] !== null) {
              text += ' · 95% ' + pct(line.low[index]) + '–' + pct(line.high[index]);
            }
            rows.push(text);
          });
          return rows.join('<br>');
        }
      },
      series: series
    });
    element.dataset.drawn = 'true';
    window.addEventListener('resize', function () { chart.resize(); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var element = document.getElementById('trend');
    if (element) {
      draw(element);
    }
  });
})();
