package org.jigai.base;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** GB/T 2260 region codes of DOMAIN.md: Qingdao's districts first, then the other Shandong cities. */
public enum Region implements Labeled {
    QINGDAO("370200", null),
    SHINAN("370202", "370200"),
    SHIBEI("370203", "370200"),
    HUANGDAO("370211", "370200"),
    LAOSHAN("370212", "370200"),
    LICANG("370213", "370200"),
    CHENGYANG("370214", "370200"),
    JIMO("370215", "370200"),
    JIAOZHOU("370281", "370200"),
    PINGDU("370283", "370200"),
    LAIXI("370285", "370200"),
    JINAN("370100", null),
    ZIBO("370300", null),
    ZAOZHUANG("370400", null),
    DONGYING("370500", null),
    YANTAI("370600", null),
    WEIFANG("370700", null),
    JINING("370800", null),
    TAIAN("370900", null),
    WEIHAI("371000", null),
    RIZHAO("371100", null),
    LINYI("371300", null),
    DEZHOU("371400", null),
    LIAOCHENG("371500", null),
    BINZHOU("371600", null),
    HEZE("371700", null);

    private final String code;
    private final String cityCode;

    Region(String code, String cityCode) {
        this.code = code;
        this.cityCode = cityCode == null ? code : cityCode;
    }

    public String code() {
        return code;
    }

    /** The prefecture-level city this region belongs to (itself for a city). */
    public String cityCode() {
        return cityCode;
    }

    public String labelKey() {
        return "region." + code;
    }

    public static Optional<Region> ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }

    public static List<Region> all() {
        return List.of(values());
    }
}
