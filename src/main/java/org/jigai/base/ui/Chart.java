package org.jigai.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * One chart, drawn in the browser by Apache ECharts ({@code frontend/jigai-chart.ts}) from an option built here: the
 * figures never leave the server otherwise. {@code summary} is what screen readers hear (the chart is an image to
 * them); every chart's figures are also shown or downloadable as a table by the page that uses it.
 */
@Tag("jigai-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./jigai-chart.ts")
public class Chart extends Component implements HasSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One named series of values, in the order of the categories. */
    public record Series(String name, List<? extends Number> values) {}

    public Chart(String summary) {
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", summary);
        setWidthFull();
        setHeight("300px");
    }

    /** Sets the ECharts option (see echarts.apache.org/option) as plain maps, lists, strings and numbers. */
    public void setOption(Map<String, Object> option) {
        getElement().setAttribute("option", JSON.writeValueAsString(option));
    }

    /** A grouped bar chart: one group per category, one bar per series, with a legend and values on hover. */
    public static Map<String, Object> bars(List<String> categories, List<Series> series, boolean horizontal) {
        var option = new LinkedHashMap<String, Object>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("top", 0, "type", "scroll"));
        option.put("grid", Map.of("left", 8, "right", 24, "bottom", 8, "top", 44, "containLabel", true));
        // horizontal bars read from the top: the first category (the largest, where sorted) at the top
        var categoryAxis = Map.of("type", "category", "data", categories, "inverse", horizontal, "axisLabel",
                Map.of("interval", 0, "width", 96, "overflow", "break"));
        var valueAxis = Map.of("type", "value");
        option.put(horizontal ? "yAxis" : "xAxis", categoryAxis);
        option.put(horizontal ? "xAxis" : "yAxis", valueAxis);
        var list = new ArrayList<Map<String, Object>>();
        for (Series s : series) {
            list.add(Map.of("name", s.name(), "type", "bar", "data", s.values(), "label",
                    Map.of("show", true, "position", horizontal ? "right" : "top")));
        }
        option.put("series", list);
        return option;
    }

    /** A line chart over the categories (months, say), one line per series. */
    public static Map<String, Object> lines(List<String> categories, List<Series> series) {
        var option = new LinkedHashMap<String, Object>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("top", 0, "type", "scroll"));
        option.put("grid", Map.of("left", 8, "right", 16, "bottom", 8, "top", 32, "containLabel", true));
        option.put("xAxis", Map.of("type", "category", "data", categories));
        option.put("yAxis", Map.of("type", "value"));
        var list = new ArrayList<Map<String, Object>>();
        for (Series s : series) {
            list.add(Map.of("name", s.name(), "type", "line", "data", s.values()));
        }
        option.put("series", list);
        return option;
    }
}
