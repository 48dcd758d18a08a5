package com.acme.shop.util;

import com.acme.shop.dto.OrderExportRow;
import java.util.List;

/** Export of orders for the old ERP, which was switched off in 2021. Nothing calls it any more. */
public final class XmlExportUtil {

    private XmlExportUtil() {}

    public static String toXml(List<OrderExportRow> rows) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<orders>\n");
        for (OrderExportRow row : rows) {
            xml.append("  <order number=\"")
                    .append(escape(row.orderNumber()))
                    .append("\" customer=\"")
                    .append(escape(row.customerEmail()))
                    .append("\" total=\"")
                    .append(row.total().toPlainString())
                    .append("\"/>\n");
        }
        return xml.append("</orders>\n").toString();
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
