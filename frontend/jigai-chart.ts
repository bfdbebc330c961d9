/*
 * <jigai-chart>: one Apache ECharts chart, drawn as SVG from the option the server sets (a JSON attribute), resized
 * with its box. The server decides everything shown; this element only draws it.
 */
import * as echarts from 'echarts';

class JigaiChart extends HTMLElement {
  private chart?: echarts.ECharts;
  private observer?: ResizeObserver;

  static get observedAttributes() {
    return ['option'];
  }

  connectedCallback() {
    this.chart = echarts.init(this, undefined, { renderer: 'svg' });
    this.draw();
    this.observer = new ResizeObserver(() => this.chart?.resize());
    this.observer.observe(this);
  }

  disconnectedCallback() {
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
