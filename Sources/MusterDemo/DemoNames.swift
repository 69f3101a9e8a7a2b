/// Names for the demo roster: mostly romanised, with accents and a share written in other scripts,
/// so every screen is exercised with wide and combining characters.
public enum DemoNames {
    public static let first = [
        "James", "Maria", "Robert", "Patricia", "Michael", "Jennifer", "David", "Linda", "William", "Elizabeth",
        "José", "María José", "Zoë", "François", "Søren", "Łukasz", "Nguyễn Văn", "Aoife", "Siobhán", "Ángel",
        "Chloé", "Renée", "Björn", "Dmitri", "Oluwaseun", "Chiamaka", "Priya", "Arjun", "Fatima", "Omar",
        "Mei", "Hiroshi", "Ji-woo", "Thảo", "Kaʻiulani", "Tatiana", "Mateo", "Camila", "Darnell", "Keisha",
        "Luis", "Ana", "Carlos", "Guadalupe", "Tyrone", "Emily", "Daniel", "Sarah", "Anthony", "Jessica",
    ]
    public static let last = [
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
        "Hernández", "López", "González", "Pérez", "Sánchez", "Ramírez", "Núñez", "Peña", "Ibáñez", "Muñoz",
        "O'Brien", "MacLeod", "Østergaard", "Dvořák", "Kowalczyk", "Nguyễn", "Trần", "Okafor", "Adébáyọ̀", "Patel",
        "Kim", "Park", "Tanaka", "Yamamoto", "Chen", "Wang", "Haddad", "Abdullah", "Kealoha", "Begay",
        "Washington", "Jackson", "Thompson", "White", "Harris", "Clark", "Lewis", "Walker", "Hall", "Young",
    ]
    /// Officers who record their name in its own script.
    public static let native: [(last: String, first: String)] = [
        ("山田", "太郎"), ("李", "伟"), ("김", "민준"), ("Παπαδόπουλος", "Γιώργος"), ("Иванова", "Анна"),
        ("佐藤", "花子"), ("陳", "美玲"), ("박", "서연"), ("Nguyễn", "Thị Hương"), ("González-Íñiguez", "Ximena"),
    ]
    public static let units = [
        "Patrol North", "Patrol South", "Patrol East", "Patrol West", "Traffic", "K-9", "Tactical (SWAT)",
        "Investigations", "Border Operations", "Training Academy", "Community Policing", "Harbor Unit",
    ]
    public static let ranks = ["Officer", "Officer", "Officer", "Officer", "Senior Officer", "Corporal", "Sergeant", "Lieutenant", "Captain"]
    public static let instructors = [
        "Sgt. R. Alvarez", "Lt. K. Okonkwo", "Cpl. M. Lindqvist", "Sgt. H. Tanaka", "Instructor J. Begay",
        "Sgt. P. Ó Súilleabháin", "Lt. D. Mendoza",
    ]
}
