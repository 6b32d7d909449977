"""marsad (مرصد): Arabic news in, structured actors, places, dates, events and relations out."""

__version__ = "0.1.0"
