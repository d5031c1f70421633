import React from 'react'
import { createRoot } from 'react-dom/client'
import { adoptStyles } from '../shared/styles'
import { TimelineApp } from './TimelineApp'

adoptStyles()
const rootElement = document.getElementById('root')
if (rootElement) createRoot(rootElement).render(<TimelineApp />)
