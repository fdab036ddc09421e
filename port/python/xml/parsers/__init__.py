"""xml.parsers: the expat interface (xml.parsers.expat), driven by the
scanner of xml.etree (there is no C expat here)."""
