// Draws HR's dashboard charts with Chart.js from each canvas's data-chart attribute (written by the page, see
// ChartSpec). The table beside each chart holds the same figures, so nothing is lost without script or sight.
(function () {
    "use strict";
    if (typeof Chart === "undefined") {
        return;
    }

    // Colours that differ in lightness too, so the series stay apart in greyscale; each passes 3:1 on white.
    var palette = ["#1b5e20", "#c77700", "#5c6bc0", "#6d4c41"];

    document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
        var spec = JSON.parse(canvas.getAttribute("data-chart"));
        var axis = { beginAtZero: true, stacked: spec.stacked, max: spec.max === null ? undefined : spec.max, ticks: { precision: 0 } };
        new Chart(canvas, {
            type: spec.type,
            data: {
                labels: spec.labels,
                datasets: spec.series.map(function (series, index) {
                    return { label: series.label, data: series.data, backgroundColor: palette[index % palette.length], borderColor: palette[index % palette.length] };
                })
            },
            options: {
                responsive: true,
                maintainAspectRatio: false,
                animation: false,
                scales: { x: { stacked: spec.stacked }, y: axis },
                plugins: { legend: { position: "bottom" } }
            }
        });
        canvas.setAttribute("data-drawn", "true");
    });
})();
