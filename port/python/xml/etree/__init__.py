"""xml.etree: ElementTree (import xml.etree.ElementTree as ET)."""
