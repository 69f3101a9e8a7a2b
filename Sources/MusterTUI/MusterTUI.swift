import MusterCore
import TerminalUI
