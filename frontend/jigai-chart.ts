/*
 * <jigai-chart>: one Apache ECharts chart, drawn as SVG from the option the server sets (a JSON attribute), resized
 * with its box. The server decides everything shown; this element only draws it. ECharts itself is loaded the first
 * time a chart is shown (its own chunk), so pages without charts do not carry it.
 */
type ECharts = import('echarts').ECharts;

let library: Promise<typeof import('echarts')> | undefined;

function echarts() {
  library ??= import('echarts');
  return library;
}

class JigaiChart extends HTMLElement {
  private chart?: ECharts;
  private observer?: ResizeObserver;
  private connected = false;

  static get observedAttributes() {
    return ['option'];
  }

  connectedCallback() {
    this.connected = true;
    echarts().then((lib) => {
      if (!this.connected || this.chart) {
        return;
      }
      this.chart = lib.init(this, undefined, { renderer: 'svg' });
      this.draw();
      this.observer = new ResizeObserver(() => this.chart?.resize());
      this.observer.observe(this);
    });
  }

  disconnectedCallback() {
    this.connected = false;
    this.observer?.disconnect();
    this.chart?.dispose();
    this.chart = undefined;
  }

  attributeChangedCallback() {
    this.draw();
  }

  private draw() {
    const option = this.getAttribute('option');
    if (this.chart && option) {
      this.chart.setOption(JSON.parse(option), true);
    }
  }
}

customElements.define('jigai-chart', JigaiChart);
