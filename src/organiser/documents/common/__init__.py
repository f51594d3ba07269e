"""Shared by every document: Thai typesetting (fpdf2 with HarfBuzz shaping), Thai text in images."""
