/// The keys of a picker (a filter's values, an officer's waivers); letters and digits narrow it.
enum PickerBindings {
    static let bindings: [KeyBinding] = [
        KeyBinding(.pickerChoose, [.enter], in: .picker, "Choose the selected value", short: "choose", hint: true,
                   perform: PickerUpdate.choose),
        KeyBinding(.pickerCancel, [.escape], in: .picker, "Close without choosing", short: "cancel", hint: true,
                   perform: PickerUpdate.cancel),
        KeyBinding(.pickerUp, [.up, .pageUp], in: .picker, "Move up (PgUp: a page)", short: "up") { state, key in
            PickerUpdate.move(&state, key == .pageUp ? .pageUp : .up)
        },
        KeyBinding(.pickerDown, [.down, .pageDown], in: .picker, "Move down (PgDn: a page)", short: "down") { state, key in
            PickerUpdate.move(&state, key == .pageDown ? .pageDown : .down)
        },
    ]
}
