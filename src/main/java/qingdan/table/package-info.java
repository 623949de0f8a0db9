/**
 * Catalogues kept as tables: Excel workbooks and CSV files (catalogues.md, "Tables"). A table is
 * read into the same located YAML tree ({@link qingdan.yaml.YNode}) a YAML file gives, so the
 * binder, the rules and the reports treat both alike; positions carry the sheet, so reports can
 * name the cell. Beside the YAML reader in the bottom layer: it reads only the model's records
 * (their keys and {@link qingdan.model.Label labels}) and the YAML tree.
 */
package qingdan.table;
