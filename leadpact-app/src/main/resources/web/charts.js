// Draws every <div data-chart="{ECharts option}"> on the page; the server writes the options.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('div[data-chart]').forEach(function (el) {
    var chart = echarts.init(el, null, { renderer: 'svg' });
    chart.setOption(JSON.parse(el.getAttribute('data-chart')));
    el.setAttribute('data-drawn', 'true');
    window.addEventListener('resize', function () { chart.resize(); });
  });
});
